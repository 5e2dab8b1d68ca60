/** English text for the open-data documentation and API (/apne-data, /api/v1/*), the accessibility statement (/tilgjengelighet) and the privacy page (/personvern). Part of the catalogue in ./en.ts; keys mirror ./nb.open-data.ts. */
import type { Messages } from "./nb";
import { numberIn } from "./format";

const nf = numberIn("en-GB");

export const openData: Messages["openData"] = {
  api: {
    unknownParameter: (name: string, allowed: string) => `Unknown parameter “${name}”. You can use: ${allowed}.`,
    repeatedParameter: (name: string) => `The parameter “${name}” can only be given once.`,
    invalidPage: "“page” must be a whole number, 1 or higher.",
    invalidPerPage: (max: number) => `“per_page” must be a whole number from 1 to ${nf(max)}.`,
    invalidFormat: "“format” can only be json or csv.",
    invalidValue: (name: string, value: string, allowed: string) =>
      `“${value}” is not a valid value for “${name}”. Valid values are: ${allowed}.`,
    invalidSlug: (name: string) =>
      `“${name}” must be a short name with lower-case letters a–z, digits and hyphens, for example bydel-grorud.`,
    tooLong: (name: string, max: number) => `“${name}” can have at most ${nf(max)} characters.`,
    unknownArea: (slug: string) => `Found no area with the short name “${slug}”.`,
    unknownProgramme: (slug: string) => `Found no programme with the short name “${slug}”.`,
    unknownSubprogramme: (slug: string) => `Found no sub-programme with the short name “${slug}”.`,
    methodNotAllowed: "Open data can only be read. Use GET, HEAD or OPTIONS.",
    internalError: "Something went wrong on our side. Try again in a little while.",
  },

  docs: {
    title: "Open data",
    description:
      "Get Laget's data on partners, initiatives and who works together, as JSON or CSV. Free to use under NLOD 2.0. No personal data.",
    heading: "Open data from Laget",
    intro:
      "Everything Laget shows publicly, you can also get as data: the partners, the initiatives and who takes part in which initiatives. The data suits developers who want to build their own services, and journalists and researchers who want to count and compare. You need no key or account. The names and descriptions are mostly in Norwegian.",
    noPersonalDataHeading: "No personal data",
    noPersonalData:
      "We never publish the names, e-mail addresses or phone numbers of people, nor any user ids. The contact addresses included are the organisations' own shared addresses (for example post@organisasjon.no), which the organisations themselves have chosen to show publicly.",
    contentsLabel: "On this page",

    publishedHeading: "What we publish",
    published: [
      "Partners: organisations and groups that a coordinator has approved.",
      "Initiatives: initiatives that are public and not archived.",
      "Participations: which approved partners take part in which public initiatives now, and in what role.",
    ],
    notPublished:
      "Not included: organisations that are waiting for approval, rejected or archived; initiatives that are not public; requests and invitations that have not been accepted; participations that have ended; and anything about user accounts.",

    examplesHeading: "Try it yourself",
    examplesIntro: "The links below open the data straight in your browser.",
    examples: {
      organisations: "All partners, 50 at a time",
      voluntaryInGrorud: "Voluntary organisations in Bydel Grorud, including Romsås and Grorud",
      search: "Partners that mention leksehjelp (homework help)",
      ongoing: "Ongoing initiatives in Groruddalssatsingen",
      leads: "Who leads which initiatives",
      organisationsCsv: "All partners as a CSV file",
    },

    endpointsHeading: "The endpoints",
    endpointPath: "Address",
    parametersCaption: (path: string) => `Parameters for ${path}`,
    fieldsCaption: (what: string) => `Fields for each ${what}`,
    colParameter: "Parameter",
    colField: "Field",
    colType: "Type",
    colDescription: "Description",
    validValues: "Valid values:",
    commonParameters: "All the endpoints also take page, per_page and format; see below.",

    organisations: {
      heading: "Partners",
      what: "partner",
      description: "Approved partners, sorted by name.",
      parameters: [
        { name: "sector", description: "Only partners from this sector." },
        { name: "area", description: "Only partners in this area or an area inside it. The area's short name, for example bydel-grorud." },
        { name: "theme", description: "Only partners that work on this sub-programme, in all programmes that have it. The short name, for example sysselsetting." },
        { name: "offer", description: "Only partners that can contribute this." },
        { name: "q", description: "Free-text search in the name, the description and what the partner can contribute. All the words must be found; a word also finds longer words that begin the same way. At most 200 characters." },
      ],
      fields: [
        { name: "slug", type: "text", description: "The short name, which is also in the address of the partner's page." },
        { name: "name", type: "text", description: "The name." },
        { name: "sector", type: "text", description: "The sector, as a code (see the valid values for sector)." },
        { name: "orgNumber", type: "text or null", description: "The organisation number in the Central Coordinating Register for Legal Entities (Enhetsregisteret), 9 digits. Null for residents' groups without an organisation number." },
        { name: "description", type: "text", description: "The partner's own description." },
        { name: "website", type: "text or null", description: "The website." },
        { name: "contactEmail", type: "text or null", description: "The organisation's public contact e-mail address." },
        { name: "contactPhone", type: "text or null", description: "The organisation's public phone number." },
        { name: "areas", type: "list", description: "The areas the partner works in, each with slug and name." },
        { name: "themes", type: "list", description: "The sub-programmes the partner works on, each with slug, name and programme (the programme, with slug and name)." },
        { name: "offers", type: "list", description: "What the partner can contribute, as codes (see the valid values for offer)." },
        { name: "approvedAt", type: "timestamp or null", description: "When the partner was approved (ISO 8601, UTC)." },
        { name: "url", type: "text", description: "The full address of the partner's page in Laget." },
      ],
    },
    initiatives: {
      heading: "Initiatives",
      what: "initiative",
      description: "Public initiatives that are not archived, sorted by title.",
      parameters: [
        { name: "programme", description: "Only initiatives in this programme. The short name, for example groruddalssatsingen." },
        { name: "subprogramme", description: "Only initiatives in this sub-programme. The short name, for example oppvekst-og-utdanning." },
        { name: "area", description: "Only initiatives in this area or an area inside it." },
        { name: "status", description: "Only initiatives with this status." },
      ],
      fields: [
        { name: "slug", type: "text", description: "The short name, which is also in the address of the initiative's page." },
        { name: "title", type: "text", description: "The title." },
        { name: "summary", type: "text", description: "A short summary." },
        { name: "description", type: "text", description: "The long description." },
        { name: "programme", type: "object", description: "The programme, with slug and name." },
        { name: "subprogramme", type: "object", description: "The sub-programme, with slug and name." },
        { name: "area", type: "object", description: "The area the initiative belongs to, with slug and name." },
        { name: "status", type: "text", description: "The status, as a code (see the valid values for status)." },
        { name: "startDate", type: "date or null", description: "Start date (YYYY-MM-DD)." },
        { name: "endDate", type: "date or null", description: "End date (YYYY-MM-DD)." },
        { name: "leadOrganisation", type: "text or null", description: "The short name of the partner that leads the initiative." },
        { name: "soughtSectors", type: "list", description: "Sectors the initiative is looking for partners from, as codes." },
        { name: "soughtOffers", type: "list", description: "What the initiative needs help with, as codes (like offer)." },
        { name: "url", type: "text", description: "The full address of the initiative's page in Laget." },
      ],
    },
    participations: {
      heading: "Participations",
      what: "participation",
      description:
        "Who takes part in which initiatives now: active participations of approved partners in public initiatives, sorted by initiative and partner.",
      parameters: [
        { name: "initiative", description: "Only participations in this initiative (its short name)." },
        { name: "organisation", description: "Only participations of this partner (its short name)." },
        { name: "role", description: "Only participations with this role." },
      ],
      fields: [
        { name: "initiative", type: "text", description: "The initiative's short name." },
        { name: "organisation", type: "text", description: "The partner's short name." },
        { name: "role", type: "text", description: "The role in the initiative, as a code (see the valid values for role)." },
        { name: "startedAt", type: "timestamp or null", description: "When the partner joined (ISO 8601, UTC)." },
      ],
    },

    pagingHeading: "Pages and response format",
    pagingIntro:
      "Responses come in pages. You choose the page with page (from 1) and the number per page with per_page (50 by default, at most 100). Each response has three parts:",
    pagingParts: [
      "data: the list of partners, initiatives or participations on this page.",
      "meta: page (this page), perPage (number per page), total (number of matches in all) and totalPages (number of pages).",
      "links: self (this page), next (the next page) and prev (the previous page) as full addresses, or null when there is none.",
    ],
    pagingExampleCaption: "An example response (shortened):",
    pagingEmpty: "If you ask for a page after the last one, you get an empty list.",

    csvHeading: "CSV for spreadsheets",
    csvIntro: "Add format=csv to get a CSV file instead of JSON. The filters work the same way.",
    csvPoints: (cap: number) => [
      `Without page and per_page you get all the matches in one file, at most ${nf(cap)} rows. With page or per_page you get only that page. The total number of matches is in the response header X-Total-Count.`,
      "The first row has the field names. Lists (areas, themes, offers) are in one cell, separated by semicolons. Areas and themes have both the short name and the name, each in its own column.",
      "The file is comma-separated, in UTF-8 with a byte order mark (BOM), so æ, ø and å show correctly in Excel. If Excel with Norwegian settings puts everything in one column, open the file with Data → From Text/CSV and choose comma as the delimiter.",
      "To protect you against formulas in spreadsheets, cells that begin with =, +, -, @, a tab or a line break get an apostrophe in front.",
    ],

    errorsHeading: "Errors",
    errorsIntro:
      "If a parameter is wrong, for example per_page=1000 or a sector that does not exist, we answer with status 400 and an explanation in Norwegian (in English if you have chosen English in Laget):",
    errorCodes: [
      { name: "unknown_parameter", description: "The parameter does not exist for this endpoint. Check the spelling." },
      { name: "invalid_parameter", description: "The value is not valid, or the parameter is given more than once." },
      { name: "not_found", description: "The area, programme or sub-programme you filter on does not exist." },
    ],
    errorCodesCaption: "Error codes",
    colCode: "Code",

    corsHeading: "Use from the browser (CORS)",
    cors: "All responses have Access-Control-Allow-Origin: *, so you can get the data with JavaScript from any website. Requests with OPTIONS (preflight) are answered. The response headers X-Total-Count and Link can be read.",

    cachingHeading: "Caching and load",
    caching:
      "Responses may be cached for 60 seconds (Cache-Control: public, max-age=60), so a change in Laget can take up to a minute to show. We have no fixed limit on the number of requests, but please be kind: get the CSV file instead of paging through all the pages, and wait a little between requests. Traffic that makes the service slow for others may be stopped.",

    referenceHeading: "Short names you can filter on",
    referenceIntro: "Areas, programmes and sub-programmes that exist in Laget now.",
    areasCaption: "Areas",
    programmesCaption: "Programmes and sub-programmes",
    colSlug: "Short name",
    colName: "Name",
    colSubprogrammes: "Sub-programmes (short name)",
    colParent: "Part of",

    versionHeading: "Versions",
    version:
      "The addresses begin with /api/v1. We may add new fields in version 1, so your program should accept fields it does not know. Changes that could break things for you come in a new version with a new address.",

    licenceHeading: "Licence and attribution",
    licence:
      "The data is freely available under the Norwegian Licence for Open Government Data (NLOD) 2.0. You may copy, use, change and share it, also commercially.",
    licenceLink: "Read the NLOD 2.0 licence at data.norge.no",
    attributionIntro: "When you use the data, say that it comes from Laget, for example like this:",
    attribution: "Contains data under the Norwegian licence for Open Government data (NLOD) distributed by Laget.",
    licenceDisclaimer: "The partners write their own descriptions. We cannot guarantee that everything is correct or up to date.",
  },

  accessibility: {
    title: "Accessibility statement",
    description:
      "How Laget meets the requirements for universal design, what does not work well enough yet, and how to give us feedback.",
    heading: "Accessibility statement for Laget",
    updated: "Last updated 22 November 2026.",
    intro:
      "Everyone should be able to use Laget, also with a screen reader, magnification, a keyboard or voice control, on a phone and on large screens. Here you can read which requirements we follow, how we test, what is not good enough yet, and how to tell us.",

    requirementsHeading: "Requirements we follow",
    requirements:
      "Laget should meet the requirements of WCAG 2.1 at level AA. The requirement comes from the Norwegian Equality and Anti-Discrimination Act and the regulations on universal design of information and communication technology (ICT) solutions. We aim for WCAG 2.2 level AA, the newest version.",

    statusHeading: "Status",
    status:
      "We believe that Laget meets most of the requirements, but not all. What we know is not good enough is listed under “Known shortcomings”.",

    testingHeading: "How we test",
    testing: [
      "Automatic tests with the tool axe check all public pages every time we change the code.",
      "We go through the pages with only a keyboard, and with a screen reader.",
      "We check that the pages work at a width of 320 pixels (like a small phone) without scrolling sideways.",
      "We check that the pages and forms work without JavaScript.",
      "We check colour contrast, and that all buttons and links are large enough to hit.",
    ],

    limitationsHeading: "Known shortcomings",
    limitations: [
      "The drawing of the collaboration network on /samarbeid is hard to use with a screen reader and a keyboard. The same information is therefore also in a table below the drawing.",
      "The partners write their own descriptions and updates. We advise them on plain language and good link texts, but cannot guarantee that everything they write is easy to read.",
      "Laget is also in English, but what the partners write (descriptions and updates) is shown in the language they wrote it in, most often Norwegian.",
      "Logos are uploaded by the partners. A logo has the partner's name as alternative text, but text inside a logo may have too little contrast.",
      "If you are logged in and do nothing for a while, you are logged out for security reasons. Text you have written in a form without sending it may then be lost.",
    ],

    feedbackHeading: "Tell us if something does not work",
    feedbackIntro: "If you come across something that is hard to use, we would like to know. Use the form, or write to",
    feedbackAddress: "tilgjengelighet@laget.no",
    feedbackReply: "If you give your e-mail address, we will answer you as soon as we can.",
    messageLabel: "What does not work?",
    messageHint: "Tell us what you tried to do, and what happened. At most 5,000 characters.",
    pageLabel: "Which page is it about? (optional)",
    pageHint: "Paste the address, or write the name of the page.",
    emailLabel: "Your e-mail address (optional)",
    emailHint: "Fill this in if you want an answer. We only use it to answer you.",
    submit: "Send feedback",
    thanks: "Thank you! We have received your feedback and will look at it as soon as we can.",
    tooMany: "You have sent many messages in a short time. Wait a little and try again, or write to tilgjengelighet@laget.no.",
    mailSubject: "Feedback about accessibility in Laget",
    mailText: (message: string, page: string, email: string) =>
      `New feedback from the form on /tilgjengelighet.\n\nPage: ${page || "(not given)"}\nReply to: ${email || "(no e-mail address given)"}\n\nMessage:\n${message}\n`,

    complaintHeading: "Complaints",
    complaint:
      "If you get no answer from us, or are not happy with the answer, you can complain to the Norwegian Authority for Universal Design of ICT (Tilsynet for universell utforming av ikt). The authority checks that websites meet the requirements.",
    complaintLink: "The Authority for Universal Design of ICT (uutilsynet.no)",
  },

  privacy: {
    title: "Privacy",
    description: "What information Laget stores, why, for how long, who sees it, and what rights you have.",
    heading: "Privacy statement for Laget",
    updated: "Last updated 22 November 2026.",
    intro:
      "Laget shows who works together in the area-based programmes. For that we need some information about the people who log in, but as little as possible. Residents can use Laget without an account, and then we store nothing about you, unless you send us a message.",

    storedHeading: "What we store, why and for how long",
    colWhat: "Information",
    colWhy: "Why",
    colBasis: "Legal basis",
    colHowLong: "How long",
    stored: [
      {
        title: "Your account",
        what: "Name, e-mail address and a secure code (hash) made from your password. We never store the password itself.",
        why: "So that you can log in and work for your organisation.",
        basis: "Necessary to give you the service you have asked for.",
        howLong: "Until you delete your account.",
      },
      {
        title: "Login sessions",
        what: "When the session started and was last used, and a short description of your browser.",
        why: "So that you stay logged in, and can see and end your sessions.",
        basis: "Necessary to give you the service.",
        howLong: "At most 30 days, and at most 12 hours for coordinators and administrators. The session is deleted when you log out.",
      },
      {
        title: "The organisation",
        what: "Name, sector, organisation number, description, website, shared contact address and phone, areas, themes and what you can contribute.",
        why: "To show who is on the team. The information becomes public when a coordinator has approved the organisation.",
        basis: "The organisation registered itself to be shown.",
        howLong: "As long as the organisation takes part. Organisations that leave are archived and no longer shown.",
      },
      {
        title: "Change log",
        what: "Who did what and when, for example approved an organisation or changed an initiative.",
        why: "For security, to be able to correct mistakes and answer questions about what has happened.",
        basis: "Legitimate interest in a safe and accountable service.",
        howLong: "5 years.",
      },
      {
        title: "E-mail we send (the outbox)",
        what: "Recipient, subject and text. Also feedback from the accessibility form.",
        why: "To send e-mail, for example a link to a new password, and to be able to see that it arrived.",
        basis: "Necessary to give you the service.",
        howLong: "90 days.",
      },
      {
        title: "Counters against misuse",
        what: "The IP address, and for logins the e-mail address that was tried, and the time.",
        why: "To stop password guessing and mass sending from forms.",
        basis: "Legitimate interest in keeping the service secure.",
        howLong: "24 hours.",
      },
    ],

    whoHeading: "Who sees what",
    who: [
      "Residents and everyone else see only approved organisations, public initiatives and public updates. The same goes for the open data.",
      "The names and contact details of people are never shown publicly, unless you yourself choose to be shown as a contact person for the organisation.",
      "The others in your organisation see your name.",
      "The programme's coordinators see organisations that are waiting for approval, requests to join initiatives, and the name and e-mail of the people who registered an organisation.",
      "The administrators can see what is needed to run the service. We do not sell information and do not share it with others.",
    ],

    rightsHeading: "Your rights",
    rightsIntro: "You decide over the information about you. You have the right to",
    rightAccess: "access: you can download all the information we have about you as a JSON file from",
    rightRectification: "rectification: you can correct your name and e-mail address on",
    rightDeletion: "erasure: you can delete your account on",
    rightDeletionDetails:
      "Then your name, your e-mail address and your sessions are deleted. The change log keeps what was done, but not who did it.",
    rightObjection: "object to and ask for restriction of the use. Write to us, and we will answer within 30 days.",
    accountPage: "your account page",

    cookiesHeading: "Cookies",
    cookiesIntro: "Laget uses only two cookies, and both are needed for the service to work:",
    cookiesCaption: "Cookies in Laget",
    colCookie: "Name",
    colPurpose: "Purpose",
    colDuration: "Duration",
    cookies: [
      {
        name: "laget_sesjon",
        purpose: "Keeps you logged in. Only set when you log in.",
        duration: "Until you log out, at most 30 days.",
      },
      {
        name: "laget_sprak",
        purpose: "Remembers the language you have chosen. Only set when you choose a language.",
        duration: "One year.",
      },
    ],
    noTracking:
      "We use no tracking, no analytics tools and no advertising, and the pages do not load content from other websites.",

    contactHeading: "Contact and complaints",
    contact: "If you have questions about privacy in Laget, or want to use your rights, write to",
    contactAddress: "personvern@laget.no",
    complaint:
      "If you believe that we process information about you against the rules, you can complain to the Norwegian Data Protection Authority (Datatilsynet).",
    complaintLink: "The Norwegian Data Protection Authority (datatilsynet.no)",
  },
};
