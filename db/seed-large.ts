/**
 * Data at national scale (issue 7): tens of thousands of invented organisations, people, tiltak,
 * participations and updates over an invented tree of municipalities → districts → sub-districts and
 * living-condition zones, each municipality running one or two area programmes with the three
 * sub-programmes of DOMAIN.md. Deterministic: one seeded PRNG per section, fixed "now".
 *
 * Used by `npm run seed:large`, the statement-budget and index tests and the benchmark. Speed matters
 * (the default counts must load in well under two minutes on two cores): rows go in through prepared
 * statements, one transaction per batch, and every generated person shares one password hash.
 *
 * Privacy (DOMAIN.md): every name, e-mail and organisation number is invented; organisation numbers
 * pass the MOD11 check.
 */
import { hashPassword } from "../app/services/password.server";
import { uniqueSlug, slugify } from "../app/utils/slug";
import {
  OFFERS,
  type InitiativeStatus,
  type OrganisationStatus,
  type ParticipationRole,
  type ParticipationStatus,
  type Sector,
  type UpdateVisibility,
} from "../app/validation/enums";
import type { Db } from "./connection";
import { seedLargeGrants } from "./seed-large-grants";
import { seedLargeGoals } from "./seed-large-goals";
import { seedInventedBoundaries } from "./seed-boundaries";
import { seedLargeReports } from "./seed-large-reports";
import { seedLargeMeetings } from "./seed-large-meetings";
import { seedLargePlans } from "./seed-large-plans";
import {
  DEMO_PASSWORD,
  DatabaseNotEmptyError,
  isDatabaseEmpty,
  mulberry32,
  orgNumberSequence,
  OSLO_SUBPROGRAMMES,
  pick,
  randInt,
  shuffled,
  type Rng,
} from "./seed";

export type LargeSeedCounts = {
  organisations: number;
  initiatives: number;
  participations: number;
  updates: number;
  users: number;
  /** Grant applications (issue 20); as many as organisations when not given. */
  grantApplications?: number;
};

export const DEFAULT_LARGE_COUNTS: LargeSeedCounts = {
  organisations: 20_000,
  initiatives: 5_000,
  participations: 40_000,
  updates: 200_000,
  users: 30_000,
};

/**
 * Known accounts (password DEMO_PASSWORD) for tests and the benchmark: an administrator, a coordinator
 * of the first three programmes, and a partner who owns three approved organisations that take part
 * in tiltak and have posted updates.
 */
export const LARGE_SEED_ACCOUNTS = {
  admin: "admin@laget.test",
  coordinator: "koordinator@laget.test",
  partner: "partner@laget.test",
} as const;

export type LargeSeedSummary = LargeSeedCounts & {
  areas: number;
  programmes: number;
  memberships: number;
  grantApplications: number;
};

const NOW = Date.parse("2026-09-01T10:00:00Z");
const DAY_MS = 86_400_000;
const BATCH = 5_000;
const COORDINATED_BY_KNOWN = 3;

// ---------------------------------------------------------------------------------------------
// Invented vocabulary
// ---------------------------------------------------------------------------------------------

const PLACE_HEADS = [
  "Ny", "Øst", "Vest", "Nord", "Sør", "Lille", "Store", "Berg", "Fjell", "Strand", "Skog", "Elve", "Eike",
  "Bjørke", "Lin", "Gran", "Hauge", "Myr", "Stein", "Sol", "Vik", "Dal", "Li", "Ås", "Furu", "Rogn", "Lyng",
  "Kvern", "Sand", "Holm", "Bekke", "Hegg", "Tangen", "Mo", "Aa", "Ør", "Ekorn", "Trane", "Rype", "Ulv",
] as const;
const PLACE_TAILS = [
  "vik", "dal", "berg", "haug", "nes", "stad", "fjord", "sund", "våg", "heim", "rud", "åsen", "moen",
  "lia", "bakken", "tun", "øy", "kroken", "by", "land", "set", "voll", "mark", "torp",
] as const;
const ORG_KINDS: Record<Sector, readonly string[]> = {
  district: ["bydelsadministrasjon", "ungdomstjeneste", "frivilligsentral", "helsestasjon", "bibliotek"],
  municipal_agency: ["skole", "barnehage", "fritidsklubb", "kulturhus", "bymiljøkontor", "boligkontor"],
  state_agency: ["NAV-kontor", "Husbanken regionkontor", "IMDi-kontakt", "politiråd", "tannhelsetjeneste"],
  voluntary: [
    "idrettslag", "velforening", "kulturforening", "leksehjelp", "sjakklubb", "kor", "sanitetsforening",
    "turlag", "menighet", "moské", "speidergruppe", "seniornettverk", "språkkafé", "klubb for unge",
  ],
  business: ["Bakeri", "Regnskap AS", "Bygg AS", "Eiendom AS", "Kafé", "Elektro AS", "Dagligvare", "Borettslag"],
  residents_group: ["beboergruppe", "foreldrenettverk", "nabolagshage", "gatefest-gjengen", "dugnadsgruppe"],
};
const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ["voluntary", 40], ["business", 22], ["residents_group", 12], ["municipal_agency", 12], ["district", 8], ["state_agency", 6],
];
const ORG_STATUS_WEIGHTS: readonly (readonly [OrganisationStatus, number])[] = [
  ["approved", 86], ["pending", 6], ["rejected", 3], ["archived", 5],
];
const INITIATIVE_STATUS_WEIGHTS: readonly (readonly [InitiativeStatus, number])[] = [
  ["planned", 20], ["ongoing", 60], ["completed", 20],
];
const PARTICIPATION_STATUS_WEIGHTS: readonly (readonly [ParticipationStatus, number])[] = [
  ["active", 72], ["ended", 8], ["requested", 8], ["invited", 5], ["declined", 7],
];
const PARTICIPATION_ROLES: readonly ParticipationRole[] = ["partner", "partner", "contributor", "funder", "venue"];
const VISIBILITY_WEIGHTS: readonly (readonly [UpdateVisibility, number])[] = [
  ["public", 75], ["partners", 17], ["coordinators", 8],
];
const ACTIVITIES = [
  "Leksehjelp", "Jobbsjansen", "Sommeraktiviteter", "Nabolagshage", "Språkkafé", "Arbeidspraksis i butikk",
  "Parkløft", "Fritidsklubb", "Foreldreveiledning", "Helsekafé", "Turgruppe", "Digital hverdag",
  "Møteplass for eldre", "Sykkelverksted", "Ungdomsråd", "Kulturkveld",
] as const;
const UPDATE_TITLES = [
  "Godt oppmøte", "Ny runde starter", "Takk til alle frivillige", "Endret tidspunkt", "Påmelding åpen",
  "Årets første samling", "Resultater fra høsten", "Vi trenger flere", "Ferieåpent", "Ny samarbeidsavtale",
] as const;
const UPDATE_SENTENCES = [
  "Over tretti deltok denne gangen, flere enn noen gang.",
  "Vi møtes som vanlig på tirsdager klokka seks.",
  "Takk til alle som stilte opp på dugnaden.",
  "Ungdommene har selv planlagt programmet.",
  "Samarbeidet med skolen gir flere elever leksehjelp.",
  "To deltakere har fått fast jobb etter arbeidspraksis.",
  "Vi søker frivillige som kan hjelpe med språktrening.",
  "Lokalene er pusset opp og tilgjengelige for alle.",
] as const;
const FIRST_NAMES = [
  "Amina", "Ola", "Kari", "Yusuf", "Ingrid", "Mohammed", "Sofie", "Emil", "Fatima", "Jonas", "Nora", "Ali",
  "Sara", "Henrik", "Leila", "Magnus", "Hanne", "Tariq", "Eva", "Åsmund", "Øystein", "Ærle", "Maja", "Omar",
] as const;
const LAST_NAMES = [
  "Hansen", "Johansen", "Ahmed", "Olsen", "Larsen", "Khan", "Berg", "Haugen", "Nguyen", "Dahl", "Ali",
  "Aasen", "Østby", "Ødegård", "Åberg", "Bakken", "Hussain", "Lie", "Moen", "Strand",
] as const;

function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------

/** Counts from `--organisations=2000`-style arguments and SEED_<NAME> environment variables; the rest default. */
export function largeSeedCountsFrom(argv: readonly string[], env: Record<string, string | undefined>): LargeSeedCounts {
  const counts = { ...DEFAULT_LARGE_COUNTS };
  for (const key of Object.keys(counts) as (keyof LargeSeedCounts)[]) {
    const arg = argv.find((a) => a.startsWith(`--${key}=`))?.split("=")[1];
    const raw = arg ?? env[`SEED_${key.toUpperCase()}`];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${key} må være et heltall ≥ 0, ikke «${raw}».`);
    counts[key] = n;
  }
  if (counts.organisations < 3 || counts.users < 3) {
    throw new Error("Det trengs minst 3 organisasjoner og 3 brukere (de kjente kontoene).");
  }
  return counts;
}

/**
 * Fills an EMPTY database (throws DatabaseNotEmptyError otherwise) with `counts` rows of national-scale
 * data. Same counts, same data.
 */
export async function seedLargeData(
  db: Db,
  counts: LargeSeedCounts = DEFAULT_LARGE_COUNTS,
  options: { passwordHash?: string } = {},
): Promise<LargeSeedSummary> {
  if (!isDatabaseEmpty(db)) throw new DatabaseNotEmptyError();
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  const sqlite = db.$client;
  let pending: (() => void)[] = [];
  /** Queues a row's insert; every BATCH rows commit in one transaction. */
  const flush = sqlite.transaction(() => {
    for (const run of pending) run();
  });
  const queue = (run: () => void) => {
    pending.push(run);
    if (pending.length >= BATCH) {
      flush.immediate();
      pending = [];
    }
  };
  const commit = () => {
    if (pending.length > 0) flush.immediate();
    pending = [];
  };

  // --- Areas and programmes ------------------------------------------------------------------
  const rngAreas = mulberry32(0x1a12e5);
  const areaSlugs = new Set<string>();
  const slugFor = (name: string, taken: Set<string>) => {
    const slug = uniqueSlug(slugify(name), (s) => taken.has(s));
    taken.add(slug);
    return slug;
  };
  const insertArea = sqlite.prepare(
    "INSERT INTO areas (id, slug, name, kind, parent_id, population, lift_start_year, lift_end_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertProgramme = sqlite.prepare(
    "INSERT INTO programmes (id, slug, name, municipality, period_start, period_end, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertSub = sqlite.prepare(
    "INSERT INTO subprogrammes (id, programme_id, slug, name, description, position) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertProgrammeArea = sqlite.prepare("INSERT INTO programme_areas (programme_id, area_id) VALUES (?, ?)");

  type Municipality = { areaIds: number[]; districts: { id: number; name: string; leaves: number[] }[]; programmes: number[] };
  type Programme = { id: number; subprogrammes: number[]; areaIds: number[]; municipality: number };
  const municipalities: Municipality[] = [];
  const programmeList: Programme[] = [];
  const areaName = new Map<number, string>();
  const municipalityCount = Math.max(2, Math.min(60, Math.round(counts.organisations / 400)));
  let areaId = 0;
  let subId = 0;
  const placeName = () => capitalise(`${pick(rngAreas, PLACE_HEADS)}${pick(rngAreas, PLACE_TAILS)}`.toLowerCase());
  for (let m = 0; m < municipalityCount; m++) {
    const name = placeName();
    const muniId = ++areaId;
    queue(() => insertArea.run(muniId, slugFor(name, areaSlugs), name, "municipality", null, randInt(rngAreas, 20_000, 700_000), null, null));
    areaName.set(muniId, name);
    const municipality: Municipality = { areaIds: [muniId], districts: [], programmes: [] };
    for (let d = randInt(rngAreas, 3, 8); d > 0; d--) {
      const districtName = placeName();
      const districtId = ++areaId;
      const lift = rngAreas() < 0.4 ? randInt(rngAreas, 2014, 2022) : null;
      queue(() =>
        insertArea.run(districtId, slugFor(districtName, areaSlugs), districtName, "district", muniId, randInt(rngAreas, 8_000, 60_000), lift, lift === null ? null : lift + 10),
      );
      areaName.set(districtId, districtName);
      const district = { id: districtId, name: districtName, leaves: [] as number[] };
      for (let s = randInt(rngAreas, 1, 3); s > 0; s--) {
        const leafName = placeName();
        const leafId = ++areaId;
        const kind = rngAreas() < 0.7 ? "sub_district" : "living_condition_zone";
        queue(() => insertArea.run(leafId, slugFor(leafName, areaSlugs), leafName, kind, districtId, randInt(rngAreas, 1_500, 9_000), null, null));
        areaName.set(leafId, leafName);
        district.leaves.push(leafId);
        municipality.areaIds.push(leafId);
      }
      municipality.areaIds.push(districtId);
      municipality.districts.push(district);
    }
    // One programme per municipality, a second one in every fifth, splitting the districts between them.
    const programmeCount = m % 5 === 0 && municipality.districts.length > 3 ? 2 : 1;
    const programmeSlugs = new Set<string>();
    for (let p = 0; p < programmeCount; p++) {
      const id = programmeList.length + 1;
      const programmeName = p === 0 ? `Områdeløft ${name}` : `${municipality.districts[0]!.name}-satsingen`;
      const start = randInt(rngAreas, 2014, 2020);
      queue(() =>
        insertProgramme.run(id, `${slugFor(programmeName, programmeSlugs)}-${id}`, programmeName, name, start, start + 9,
          `Områdesatsing i ${name}, finansiert av staten og kommunen sammen.`, NOW - randInt(rngAreas, 400, 3000) * DAY_MS),
      );
      const programme: Programme = { id, subprogrammes: [], areaIds: [], municipality: m };
      OSLO_SUBPROGRAMMES.forEach((sub, position) => {
        const sid = ++subId;
        queue(() => insertSub.run(sid, id, sub.slug, sub.name, sub.description, position));
        programme.subprogrammes.push(sid);
      });
      municipality.districts.forEach((district, i) => {
        if (i % programmeCount !== p) return;
        for (const area of [district.id, ...district.leaves]) {
          programme.areaIds.push(area);
          queue(() => insertProgrammeArea.run(id, area));
        }
      });
      programmeList.push(programme);
      municipality.programmes.push(id);
    }
    municipalities.push(municipality);
  }
  commit();

  // --- Users ----------------------------------------------------------------------------------
  const rngUsers = mulberry32(0x05e125);
  const insertUser = sqlite.prepare(
    "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertAssignment = sqlite.prepare(
    "INSERT INTO coordinator_assignments (user_id, programme_id, created_at) VALUES (?, ?, ?)",
  );
  const ADMIN = 1;
  const COORDINATOR = 2;
  const PARTNER = 3;
  queue(() => insertUser.run(ADMIN, LARGE_SEED_ACCOUNTS.admin, "Astrid Admin", passwordHash, "admin", NOW - 1500 * DAY_MS));
  queue(() => insertUser.run(COORDINATOR, LARGE_SEED_ACCOUNTS.coordinator, "Kristoffer Koordinator", passwordHash, "coordinator", NOW - 1500 * DAY_MS));
  queue(() => insertUser.run(PARTNER, LARGE_SEED_ACCOUNTS.partner, "Parveen Partner", passwordHash, "none", NOW - 1400 * DAY_MS));
  /** Each programme's coordinator: the known one for the first few, a generated one for the rest. */
  const coordinatorOf = new Map<number, number>();
  let userId = PARTNER;
  for (const programme of programmeList) {
    let coordinator = COORDINATOR;
    if (programme.id > COORDINATED_BY_KNOWN && userId < counts.users) {
      coordinator = ++userId;
      const id = coordinator;
      const name = `${pick(rngUsers, FIRST_NAMES)} ${pick(rngUsers, LAST_NAMES)}`;
      queue(() => insertUser.run(id, `koordinator${programme.id}@laget.test`, name, passwordHash, "coordinator", NOW - randInt(rngUsers, 300, 1500) * DAY_MS));
    }
    coordinatorOf.set(programme.id, coordinator);
    queue(() => insertAssignment.run(coordinator, programme.id, NOW - 300 * DAY_MS));
  }
  const firstPartnerUser = userId + 1;
  for (let id = firstPartnerUser; id <= counts.users; id++) {
    const name = `${pick(rngUsers, FIRST_NAMES)} ${pick(rngUsers, LAST_NAMES)}`;
    queue(() => insertUser.run(id, `person${id}@laget.test`, name, passwordHash, "none", NOW - randInt(rngUsers, 30, 1400) * DAY_MS));
  }
  commit();
  const partnerUsers = Math.max(0, counts.users - firstPartnerUser + 1);

  // --- Organisations --------------------------------------------------------------------------
  const rngOrgs = mulberry32(0x0e9a17);
  const nextOrgNumber = orgNumberSequence(mulberry32(0x1a6e8));
  const insertOrg = sqlite.prepare(
    `INSERT INTO organisations (id, slug, name, sector, org_number, description, website, contact_email, status,
       decision_reason, registered_by_user_id, decided_by_user_id, created_at, updated_at, approved_at, last_confirmed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrgArea = sqlite.prepare("INSERT INTO organisation_areas (organisation_id, area_id) VALUES (?, ?)");
  const insertOrgTheme = sqlite.prepare("INSERT INTO organisation_themes (organisation_id, subprogramme_id) VALUES (?, ?)");
  const insertOrgOffer = sqlite.prepare("INSERT INTO organisation_offers (organisation_id, offer) VALUES (?, ?)");
  const insertMembership = sqlite.prepare(
    "INSERT INTO memberships (user_id, organisation_id, role, status, message, decided_by_user_id, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const orgSlugs = new Set<string>();
  /** Approved organisations by municipality, the pool tiltak draw their partners from. */
  const approvedIn: number[][] = municipalities.map(() => []);
  const ownerOf = new Map<number, number>();
  const orgSector = new Map<number, Sector>();
  const orgHome = new Map<number, number>();
  let memberships = 0;
  // Cities differ in size by orders of magnitude: organisations follow a Zipf-like rule (the n-th
  // municipality, and within it the n-th district, in proportion to 1/n), so the first city is large
  // (its largest districts hold over a thousand organisations: 50 pages in the directory) and the
  // last ones are small, as in the country.
  const byRank = <T,>(items: readonly T[]) => items.map((item, i) => [item, 1 / (i + 1)] as const);
  const municipalityByRank = byRank(municipalities.map((_, m) => m));
  const districtsByRank = municipalities.map((mu) => byRank(mu.districts));
  for (let id = 1; id <= counts.organisations; id++) {
    const m = id <= 3 ? 0 : weighted(rngOrgs, municipalityByRank);
    const municipality = municipalities[m]!;
    const district = weighted(rngOrgs, districtsByRank[m]!);
    const home = rngOrgs() < 0.6 ? pick(rngOrgs, district.leaves) : district.id;
    const sector = weighted(rngOrgs, SECTOR_WEIGHTS);
    const kind = pick(rngOrgs, ORG_KINDS[sector]);
    const place = areaName.get(home)!;
    const name =
      sector === "district" ? `Bydel ${district.name} ${kind}` : sector === "business" ? `${place} ${kind}` : capitalise(`${place} ${kind}`);
    const slug = slugFor(name, orgSlugs);
    const status: OrganisationStatus = id <= 3 ? "approved" : weighted(rngOrgs, ORG_STATUS_WEIGHTS);
    const programme = programmeList.find((p) => p.areaIds.includes(home)) ?? programmeList[municipality.programmes[0]! - 1]!;
    const decider = coordinatorOf.get(programme.id)!;
    const createdAt = NOW - randInt(rngOrgs, 10, 1500) * DAY_MS;
    const decided = status !== "pending";
    const approvedAt = status === "approved" || status === "archived" ? createdAt + randInt(rngOrgs, 1, 6) * DAY_MS : null;
    const confirmed = approvedAt === null ? null : Math.max(approvedAt, NOW - randInt(rngOrgs, 4, 500) * DAY_MS);
    const owner = id <= 3 ? PARTNER : partnerUsers > 0 ? firstPartnerUser + ((id - 4) % partnerUsers) : PARTNER;
    ownerOf.set(id, owner);
    orgSector.set(id, sector);
    orgHome.set(id, home);
    const description =
      `${name} er ${sector === "business" ? "en lokal bedrift" : sector === "residents_group" ? "en gruppe beboere" : "en lokal aktør"} i ${place}, ${areaName.get(district.id)}. ` +
      `Vi jobber med ${pick(rngOrgs, ACTIVITIES).toLowerCase()} og ${pick(rngOrgs, ACTIVITIES).toLowerCase()}, og samarbeider gjerne med andre i nærmiljøet.`;
    const orgNumber = sector === "residents_group" ? null : nextOrgNumber();
    queue(() =>
      insertOrg.run(id, slug, name, sector, orgNumber, description, rngOrgs() < 0.7 ? `https://${slug}.example.no` : null,
        `post@${slug}.example.no`, status, status === "rejected" ? "Vi fant ingen tilknytning til satsingsområdene." : null,
        owner, decided ? decider : null, createdAt, confirmed, approvedAt, confirmed),
    );
    const areasOf = rngOrgs() < 0.3 ? [...new Set([home, district.id])] : [home];
    for (const area of areasOf) queue(() => insertOrgArea.run(id, area));
    for (const sub of shuffled(rngOrgs, programme.subprogrammes).slice(0, randInt(rngOrgs, 1, 2))) {
      queue(() => insertOrgTheme.run(id, sub));
    }
    for (const offer of shuffled(rngOrgs, OFFERS).slice(0, randInt(rngOrgs, 0, 3))) queue(() => insertOrgOffer.run(id, offer));
    queue(() => insertMembership.run(owner, id, "owner", "active", null, null, createdAt, createdAt));
    memberships++;
    if (status === "approved") approvedIn[m]!.push(id);
  }
  // People who own nothing join an organisation as editors, most accepted, some still asking.
  for (let user = firstPartnerUser + counts.organisations - 3; user <= counts.users; user++) {
    const organisation = randInt(rngOrgs, 4, counts.organisations);
    const requested = rngOrgs() < 0.2;
    const at = NOW - randInt(rngOrgs, 5, 600) * DAY_MS;
    queue(() =>
      insertMembership.run(user, organisation, "editor", requested ? "requested" : "active",
        requested ? "Jeg vil gjerne hjelpe til med å holde profilen oppdatert." : null,
        requested ? null : ownerOf.get(organisation)!, at, requested ? null : at + DAY_MS),
    );
    memberships++;
  }
  commit();

  // --- Tiltak and participations --------------------------------------------------------------
  const rngTiltak = mulberry32(0x7117a4);
  const insertInitiative = sqlite.prepare(
    `INSERT INTO initiatives (id, slug, title, summary, description, programme_id, subprogramme_id, area_id, status,
       start_date, end_date, lead_organisation_id, is_public, archived_at, created_by_user_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSoughtSector = sqlite.prepare("INSERT INTO initiative_sought_sectors (initiative_id, sector) VALUES (?, ?)");
  const insertParticipation = sqlite.prepare(
    `INSERT INTO participations (initiative_id, organisation_id, role, status, message, requested_by_user_id,
       decided_by_user_id, created_at, decided_at, started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const initiativeSlugs = new Set<string>();
  /** Participations that can carry updates: [initiativeId, organisationId]. */
  const activePairs: [number, number][] = [];
  let participationCount = 0;
  const coordinatorOfInitiative: number[] = [];
  const perInitiative = counts.initiatives === 0 ? 0 : counts.participations / counts.initiatives;
  for (let id = 1; id <= counts.initiatives; id++) {
    // The known coordinator's programmes and the known partner's organisations get their share first.
    const programme = id <= 30 ? programmeList[(id - 1) % Math.min(COORDINATED_BY_KNOWN, programmeList.length)]! : pick(rngTiltak, programmeList);
    const area = pick(rngTiltak, programme.areaIds.length > 0 ? programme.areaIds : municipalities[programme.municipality]!.areaIds);
    const activity = pick(rngTiltak, ACTIVITIES);
    const title = `${activity} ${areaName.get(area)}`;
    const status = weighted(rngTiltak, INITIATIVE_STATUS_WEIGHTS);
    const startMs = status === "planned" ? NOW + randInt(rngTiltak, 10, 200) * DAY_MS : NOW - randInt(rngTiltak, 60, 1400) * DAY_MS;
    const endMs = status === "completed" ? Math.min(NOW - DAY_MS, startMs + randInt(rngTiltak, 60, 700) * DAY_MS) : startMs + randInt(rngTiltak, 180, 1500) * DAY_MS;
    const pool = approvedIn[programme.municipality]!.length > 0 ? approvedIn[programme.municipality]! : approvedIn[0]!;
    const partners = shuffled(rngTiltak, pool.length > 60 ? pool.slice(randInt(rngTiltak, 0, pool.length - 60)).slice(0, 60) : pool);
    if (id <= 30 && !partners.includes(((id - 1) % 3) + 1)) partners.unshift(((id - 1) % 3) + 1);
    const lead = partners[0] ?? null;
    const createdAt = Math.min(startMs, NOW) - randInt(rngTiltak, 5, 90) * DAY_MS;
    const coordinator = coordinatorOf.get(programme.id)!;
    coordinatorOfInitiative[id] = coordinator;
    const archivedAt = status === "completed" && rngTiltak() < 0.2 ? endMs + 30 * DAY_MS : null;
    queue(() =>
      insertInitiative.run(id, slugFor(title, initiativeSlugs), title,
        `${activity} for barn, unge og voksne i ${areaName.get(area)}.`,
        `Tiltaket samler aktører fra flere sektorer om ${activity.toLowerCase()} i ${areaName.get(area)}. Alle er velkomne.`,
        programme.id, pick(rngTiltak, programme.subprogrammes), area, status, isoDay(startMs), isoDay(endMs), lead,
        rngTiltak() < 0.92 ? 1 : 0, archivedAt, coordinator, createdAt, createdAt),
    );
    for (const sector of shuffled(rngTiltak, ["business", "voluntary", "state_agency"] as const).slice(0, randInt(rngTiltak, 0, 2))) {
      queue(() => insertSoughtSector.run(id, sector));
    }
    // Spread the participations evenly, with the remainder going to the first tiltak.
    const wanted = Math.floor(id * perInitiative) - Math.floor((id - 1) * perInitiative);
    partners.slice(0, wanted).forEach((organisation, i) => {
      const pStatus: ParticipationStatus = i === 0 ? "active" : weighted(rngTiltak, PARTICIPATION_STATUS_WEIGHTS);
      const role: ParticipationRole = i === 0 ? "lead" : pick(rngTiltak, PARTICIPATION_ROLES);
      const created = createdAt + randInt(rngTiltak, 0, 60) * DAY_MS;
      const decided = pStatus === "active" || pStatus === "ended" || pStatus === "declined" ? created + randInt(rngTiltak, 1, 10) * DAY_MS : null;
      const started = pStatus === "active" || pStatus === "ended" ? decided : null;
      const ended = pStatus === "ended" ? started! + randInt(rngTiltak, 30, 300) * DAY_MS : null;
      const message = pStatus === "requested" ? "Vi vil gjerne bidra med lokaler og frivillige." : pStatus === "invited" ? "Vil dere være med?" : null;
      queue(() =>
        insertParticipation.run(id, organisation, role, pStatus, message, ownerOf.get(organisation)!,
          decided === null ? null : coordinator, created, decided, started, ended),
      );
      participationCount++;
      if (pStatus === "active" || pStatus === "ended") activePairs.push([id, organisation]);
    });
  }
  commit();

  // --- Updates --------------------------------------------------------------------------------
  const rngUpdates = mulberry32(0x0bda7e);
  const insertUpdate = sqlite.prepare(
    `INSERT INTO updates (id, initiative_id, organisation_id, author_user_id, title, body, visibility, event_date,
       hidden_at, hidden_by_user_id, hidden_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let updateCount = 0;
  if (activePairs.length > 0) {
    for (let id = 1; id <= counts.updates; id++) {
      // Updates pile up in order of time, so ids and created_at rise together as in real use.
      const createdAt = NOW - Math.floor(((counts.updates - id) / counts.updates) * 1100 * DAY_MS) - randInt(rngUpdates, 0, 3_600_000);
      const [initiativeId, organisationId] = pick(rngUpdates, activePairs);
      const hidden = rngUpdates() < 0.01;
      const body = `${pick(rngUpdates, UPDATE_SENTENCES)} ${pick(rngUpdates, UPDATE_SENTENCES)}`;
      queue(() =>
        insertUpdate.run(id, initiativeId, organisationId, ownerOf.get(organisationId)!, pick(rngUpdates, UPDATE_TITLES), body,
          weighted(rngUpdates, VISIBILITY_WEIGHTS), rngUpdates() < 0.5 ? isoDay(createdAt + randInt(rngUpdates, 0, 20) * DAY_MS) : null,
          hidden ? createdAt + DAY_MS : null, hidden ? coordinatorOfInitiative[initiativeId]! : null,
          hidden ? "Inneholdt personopplysninger." : null, createdAt, null),
      );
      updateCount++;
    }
  }
  commit();

  // --- Grants (issue 20) ------------------------------------------------------------------------
  const grants = seedLargeGrants({
    sqlite,
    queue,
    commit,
    programmes: programmeList,
    coordinatorOf,
    approvedIn,
    orgSector,
    orgHome,
    ownerOf,
    people: { first: firstPartnerUser, count: partnerUsers },
    count: counts.grantApplications ?? counts.organisations,
    now: NOW,
  });

  // --- Goals and indicators (issue 21) ---------------------------------------------------------
  seedLargeGoals({ sqlite, queue, commit, coordinatorOf, now: NOW });

  // --- Area outlines (issue 25): invented ones, so /kart draws the national tree ----------------
  seedInventedBoundaries(db);

  // --- Report narratives (issue 21): db/seed-large-reports.ts ---------------------------------
  seedLargeReports({ sqlite, coordinatorOf, now: NOW });

  // --- Meetings and stops (issue 22): db/seed-large-meetings.ts --------------------------------
  seedLargeMeetings({ sqlite, programmes: programmeList, coordinatorOf, approvedIn, now: NOW });

  // --- Plans of the year and their budgets (issue 21): db/seed-large-plans.ts ------------------
  seedLargePlans({ sqlite, coordinatorOf, now: NOW });

  return {
    organisations: counts.organisations,
    users: counts.users,
    initiatives: counts.initiatives,
    participations: participationCount,
    updates: updateCount,
    memberships,
    areas: areaId,
    programmes: programmeList.length,
    grantApplications: grants.applications,
  };
}
