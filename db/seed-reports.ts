/**
 * The demo's report narratives (issue 21), inserted by db/seed.ts after the goals and plans: the
 * coordinators' own words in the 2025 årsmelding of Levekårsløftet (Storhaug's yearly status report
 * to the politicians) and of Groruddalssatsingen. Invented, but written as such reports are: what
 * happened, what the figures mean, what comes next. Deterministic; looks its programmes up by slug.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "./connection";
import { programmes, reportNarratives } from "./schema";
import type { ReportSection } from "../app/validation/enums";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type ReportSeedContext = { coordinatorId: (programmeSlug: string) => number };

/** When the narratives were written: February after the year, as the reports go to the district committee in March. */
const WRITTEN_AT = new Date("2026-02-16T09:30:00Z");

const NARRATIVES: Record<string, { year: number; sections: Partial<Record<ReportSection, string>> }> = {
  levekarsloftet: {
    year: 2025,
    sections: {
      introduction:
        "Levekårsløftet gikk i 2025 inn i sitt tolvte år på Storhaug og sitt niende i Hillevåg. Året var preget av at flere tiltak gikk over fra prosjekt til fast drift, og av at bydelsgruppen for første gang fordelte nærmiljøtilskudd i to runder.\n\nDenne statusrapporten legges fram for utvalg for levekår og bydelsutvalgene på Storhaug og i Hillevåg. Tallene er hentet fra Laget og fra kommunens egne registre.",
      initiatives:
        "De fleste tiltakene gikk som planlagt. Leksehjelpen i Badedammen og Lervig nådde flere elever enn året før, og møteplassen på Emmaus fikk faste åpningstider fem dager i uka.\n\nTo tiltak ble forsinket: opprustingen av nærmiljøanlegget på Bergeland venter på reguleringsavklaring, og arbeidstreningen i samarbeid med NAV startet først i september. Midlene til disse er overført til 2026.",
      goals:
        "Andelen barn i lavinntektsfamilier på Storhaug går fortsatt ned, men langsommere enn målet forutsetter. Deltakelsen i organiserte fritidsaktiviteter er høyere enn utgangspunktet i 2017.\n\nVi tolker tallene med forsiktighet: levekårssonene er små, og en endring i noen få husstander gir store utslag.",
      participation:
        "Flere lag og foreninger enn før deltar i tiltakene. Frivillig sektor og lokalt næringsliv står for de fleste nye samarbeid, mens innvandrerorganisasjonene fortsatt er for svakt representert i Hillevåg.",
      grants:
        "Nærmiljøtilskuddet var populært: bydelsgruppen behandlet flere søknader enn midlene rakk til. De fleste tilskuddene gikk til sommeraktiviteter og til små tiltak i byrommet.",
      residents:
        "Beboerne ble invitert til to åpne møter om sentrumsplanen for Storhaug og til en vandring i Bergeland der barn og unge viste fram steder de opplever som utrygge. Innspillene er tatt med i planen for 2026.",
      next_year:
        "I 2026 prioriteres arbeid og kvalifisering, trygge oppvekstmiljø og møteplasser. Handlingsprogrammet behandles av bydelsutvalgene i mars.",
    },
  },
  groruddalssatsingen: {
    year: 2025,
    sections: {
      introduction:
        "2025 var nest siste år i Groruddalssatsingens periode 2017–2026. Arbeidet ble i stor grad rettet mot å sikre at det som virker, videreføres i bydelenes ordinære drift når satsingen avsluttes.",
      initiatives:
        "Tiltakene i delprogram oppvekst og utdanning nådde flere barn og unge enn planlagt. I delprogram sysselsetting ble færre praksisplasser etablert enn ventet, og en del av midlene ble brukt til å styrke samarbeidet med lokale bedrifter.",
      goals:
        "Sysselsettingen i satsingsområdene har økt siden 2017, og gapet til Oslo som helhet er noe mindre. Andelen som fullfører videregående opplæring har økt i alle de fire bydelene.",
      participation:
        "Satsingen har i 2025 samarbeidet med organisasjoner fra alle sektorer. Frivillige organisasjoner er den største gruppen, og flere beboergrupper er kommet med.",
      next_year:
        "Handlingsprogrammet for 2026 legger vekt på overgangen til ordinær drift: hvert tiltak skal ha en avklart eier før perioden avsluttes ved årsskiftet.",
    },
  },
};

export function insertReportNarratives(tx: Tx, context: ReportSeedContext): { reportNarratives: number } {
  const ids = new Map(
    tx
      .select({ id: programmes.id, slug: programmes.slug })
      .from(programmes)
      .where(inArray(programmes.slug, Object.keys(NARRATIVES)))
      .all()
      .map((p) => [p.slug, p.id]),
  );
  const rows = Object.entries(NARRATIVES).flatMap(([slug, { year, sections }]) => {
    const programmeId = ids.get(slug);
    if (programmeId === undefined) throw new Error(`seed-reports: no programme ${slug}`);
    return Object.entries(sections).map(([section, body]) => ({
      programmeId,
      kind: "annual" as const,
      year,
      section: section as ReportSection,
      body,
      updatedByUserId: context.coordinatorId(slug),
      updatedAt: WRITTEN_AT,
    }));
  });
  tx.insert(reportNarratives).values(rows).run();
  return { reportNarratives: rows.length };
}
