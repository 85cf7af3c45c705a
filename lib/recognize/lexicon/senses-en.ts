import { list } from './list';
import type { SenseRule } from './types';

/**
 * English words whose everyday senses outnumber the mineral, and what gives each sense away.
 * Written from how news uses them: "lead" is a verb, or first place, in most sentences that hold
 * it; "silver" a medal or a colour on sports and fashion pages; "Chromium" a browser in tech news.
 *
 * Phrases are decisive; `topical` phrases also tell the page its topic. A phrase that capitalises
 * the word ("the Palladium", "Silicon Valley") applies only where the page capitalises it too.
 * Patterns add weight; a word whose local score falls to DECISIVE (disambiguate.ts) through them
 * ("will lead") is settled like a phrase, before its sentence is read.
 */

const VERB_CONTEXT =
  /\b(?:will|would|could|can|may|might|must|shall|should|did|does|do|didn't|doesn't|don't|won't|cannot|can't|to help|help|helped|helps|i|we|they|you|he|she|who|set to|expected to|poised to|going to|chosen to|tapped to|picked to|named to|agreed to|plans to|aims to|wants to|seeks to)\s+$/i;
const LEAD_AS_METAL =
  /^[\s\-\u2010-\u2013]+(?:based|free|acid|lined|contaminated|tainted|laden|glazed|safe|lines?|poison\w*|pipes?|piping|paint\w*|exposure|levels?|contamina\w*|ores?|smelt\w*|concentrates?|mines?|mining|ingots?|bullion|alloys?|content|dust|emissions|ammunition|shot|service lines?|pollution|batteries|battery|deposits?|reserves|futures|miners?|producers?|refin\w*|sulfide|sulphide|oxide|carbonate|solder|sheathing|aprons?|crystal|glass|weights?|sinkers|toxicity|testing|abatement|remediation|in (?:drinking |tap )?water|in (?:the )?(?:blood|soil|paint|pipes|water))\b/i;

export const SENSES_EN: readonly SenseRule[] = [
  {
    words: ['lead'],
    prior: -0.8,
    phrases: list(`
      lead author* | lead researcher* | lead investigator* | lead negotiator* | lead prosecutor* |
      lead attorney* | lead lawyer* | lead counsel | lead story | lead editorial | lead time* | lead up |
      lead by example | lead the way | lead off | lead over | lead generation | sales lead* |
      lead designer* | lead engineer* | lead developer* | lead manager* | lead sponsor* |
      lead organizer* | lead agency | lead agencies | lead country | lead nation | lead partner* |
      lead investor* | lead arranger* | lead underwriter* | lead bank | lead contractor* |
      lead balloon | lead project | lead asset | lead candidate* | lead plaintiff* | lead editor* |
      lead writer* | lead reporter* | lead analyst* | lead economist* | lead scientist* |
      lead adviser* | lead advisor* | lead official* | lead coordinator* | lead position |
      lead article | lead headline | lead item | lead paragraph | lead domino | swing the lead |
      lead the | lead a | lead an | lead their | lead its | lead his | lead her | lead our |
      lead efforts | lead talks | lead negotiations | lead discussions | lead the charge | co-lead* |
      lead them | lead us`),
    topical: {
      sport: list(`
        take the lead | took the lead | taking the lead | takes the lead | in the lead | into the lead |
        lead changes | point lead | early lead | narrow lead | slim lead | comfortable lead |
        commanding lead | double-digit lead | a lead of | lead car | lead vehicle | lead group |
        lead pack | lead rider* | lead pair | lead dog`),
      'music and film': list(`
        lead singer* | lead vocal* | lead guitar* | lead role* | lead actor* | lead actress* |
        lead character* | lead single | lead spot`),
    },
    before: [
      [VERB_CONTEXT, -4, 'reads as a verb'],
      [/\bto\s+$/i, -1.5, 'reads as a verb ("to lead")'],
      [
        /\b(?:exposure|exposed|due|related|linked|attributed|contaminated|contamination|poisoned|poisoning|levels|tied)\s+to\s+$/i,
        6,
        'exposure to lead',
      ],
      [
        /\b(?:the|a|an|its|his|her|their|our|narrow|early|comfortable|slim|big|huge|clear|first|sizeable|significant|strong)\s+$/i,
        -0.6,
        'reads as a noun for first place',
      ],
      [
        /\b(?:hexavalent|tetraethyl|leaded|unleaded|toxic|elevated|blood|airborne|legacy|residual)\s+$/i,
        3,
        'a form of the metal',
      ],
    ],
    after: [
      [/^\s+to\b/i, -3, 'reads as a verb ("lead to")'],
      [LEAD_AS_METAL, 4, 'lead pipes, ore, poisoning…'],
    ],
  },
  {
    words: ['silver'],
    prior: -0.2,
    phrases: list(`
      silver lining* | silver bullet* | silver spoon | silver fox | silver surfer* | Silver Spring |
      Silver Lake | silver economy | silver tsunami | silver age | silver alert | silver-tongued |
      silver birch | silver service | silver linings`),
    topical: {
      sport: list(`
        silver medal* | silver medallist* | silver medalist* | took silver | won silver | win silver |
        wins silver | winning silver | claimed silver | claims silver | grabbed silver |
        earned silver | takes silver | take silver | for silver | settle for silver |
        settled for silver | silver and bronze | gold and silver medal* | gold, silver and bronze |
        silver ball | silver boot | silver award | silver prize | silver place | silver finish |
        Silver Ferns | Silver Star`),
      'music and film': list(`silver screen | silver-screen`),
      'colour and fashion': list(
        `silver hair* | silver-haired | silver anniversary | silver jubilee | silver wedding`,
      ),
    },
    before: [
      [/\b(?:Adam|Nate|Sheldon|Joel|Ron|Horace|Long John)\s+$/, -6, 'a person named Silver'],
      [/\b(?:sterling|fine|pure|solid|physical|refined|spot)\s+$/i, 3, 'sterling silver, spot silver…'],
    ],
    after: [
      [
        /^\s+(?:car|suv|sedan|truck|van|dress|gown|suit|jacket|sneakers|shoes|hair|beard|paint|paintwork|colou?r|finish|trim|grey|gray|blue|sequins?)\b/i,
        -3,
        'a colour',
      ],
      [
        /^[\s\-\u2010-\u2013]+(?:ounces?|oz|coins?|bars?|fixing|spot|etfs?|nitrate|nanoparticles|paste|rally|rallied|surged|fell|rose|jumped|slipped|climbed|traded|tumbled|soared|slumped|gained|necklaces?|rings?|bracelets?|earrings|jewell?ery|cutlery|tableware|bullion)\b/i,
        3,
        'silver prices, ounces, jewellery…',
      ],
    ],
  },
  {
    words: ['tin'],
    prior: -0.3,
    phrases: list(`
      tin can* | tin foil | tin-pot | tin pot | tin hat* | tin ear | tin man | tin soldier* | tin roof* |
      tin whistle* | Tin Pan Alley | Rin Tin Tin | tin star | a tin of | tin of | tin anniversary |
      tin toy* | tin cup | tin box | tin mug`),
    after: [
      [/^[\s\-\u2010-\u2013]+(?:solder|plating|plate|cassiterite|tailings)\b/i, 3, 'tin solder, plating…'],
    ],
  },
  {
    words: ['nickel'],
    prior: 1,
    phrases: list(`nickel-and-dime* | nickel and dime* | Nickel Boys | nickel for every | nickel back`),
    topical: { coins: list(`the nickel and the penny | penny and nickel | penny and the nickel`) },
    before: [[/\b(?:a|one|every|the five-cent|five-cent)\s+$/i, -2.5, 'a coin ("a nickel")']],
    after: [
      [
        /^[\s\-\u2010-\u2013]+(?:pig iron|matte|laterite|sulfate|sulphate|hydroxide|cobalt|manganese|rich|plating)\b/i,
        3,
        'a nickel product',
      ],
    ],
  },
  {
    words: ['copper'],
    prior: 2,
    phrases: list(`copper-bottomed | Copper Mountain | copper beech | Copper Bowl`),
    topical: {
      'colour and fashion': list(
        `copper-colored | copper-coloured | copper-haired | copper hair | copper-toned`,
      ),
    },
  },
  {
    // Mostly the metal in news; the dataset flags it for cobalt blue and the car.
    words: ['cobalt'],
    prior: 2,
    phrases: list(`Cobalt Strike | Cobalt Robotics`),
    topical: {
      'colour and fashion': list(`cobalt blue | cobalt-blue | cobalt-coloured | cobalt-colored`),
      cars: list(`Chevrolet Cobalt | Chevy Cobalt`),
    },
  },
  {
    words: ['platinum'],
    prior: -0.3,
    phrases: list(`
      platinum card* | platinum member* | platinum tier | platinum level | platinum sponsor* |
      platinum package | platinum edition | Platinum Equity | platinum plan | Platinum Jubilee |
      platinum anniversary | platinum status`),
    topical: {
      'music and film': list(`
        went platinum | go platinum | goes platinum | gone platinum | certified platinum |
        double platinum | triple platinum | multi-platinum | multiplatinum | platinum album* |
        platinum record* | platinum-selling | platinum selling | platinum certification |
        platinum single* | platinum award* | platinum disc* | turned platinum | platinum-certified`),
      'colour and fashion': list(`platinum blonde | platinum-blonde | platinum hair`),
    },
    after: [
      [
        /^[\s\-\u2010-\u2013]+(?:catalysts?|autocatalysts?|group|jewell?ery|ounces?|oz|coins?|bars?)\b/i,
        3,
        'platinum catalysts, ounces…',
      ],
    ],
  },
  {
    words: ['palladium'],
    prior: 0.3,
    topical: {
      'music and film': list(`London Palladium | the Palladium | Palladium Books | Palladium ballroom`),
    },
    after: [[/^[\s\-\u2010-\u2013]+(?:catalysts?|autocatalysts?|ounces?|oz)\b/i, 3, 'palladium catalysts']],
  },
  {
    words: ['chromium', 'chrome'],
    prior: -0.4,
    phrases: list(
      `chrome trim | chrome finish | chrome wheels | chrome bumper* | chrome-plated | chrome plated`,
    ),
    topical: {
      tech: list(`
        Google Chrome | Chrome browser* | Chrome OS | ChromeOS | Chromium browser* | Chromium-based |
        Chromium project | Chrome extension* | Chrome Web Store | Chrome users | Chromium engine |
        Chromium code | Chromium team | Chrome team | Chromebook* | Chrome for Android | Chrome Enterprise`),
    },
    before: [[/\b(?:hexavalent|trivalent|ferro|metallic)\s+$/i, 3, 'a form of the metal']],
    after: [
      [
        /^[\s\-\u2010-\u2013]+(?:chromite|plating|ore|steel|ferroalloys?|alloy)\b/i,
        3,
        'chromium ore, plating…',
      ],
    ],
  },
  {
    words: ['silicon'],
    prior: -0.2,
    topical: {
      tech: list(`
        Silicon Valley | Silicon Slopes | Silicon Alley | Silicon Beach | Silicon Roundabout |
        Silicon Hills | Silicon Savannah | Silicon Fen | Silicon Forest | Apple silicon |
        custom silicon | in-house silicon | Silicon Labs | Silicon Motion | Silicon Graphics`),
    },
    after: [
      [
        /^[\s\-\u2010-\u2013]+(?:metal|wafers?|ingots?|carbide|anodes?|quartz|smelters?|plants?|solar)\b/i,
        3,
        'silicon metal, wafers…',
      ],
    ],
    before: [
      [
        /\b(?:metallurgical|solar-grade|solar grade|polycrystalline|monocrystalline|raw)\s+$/i,
        3,
        'a grade of silicon',
      ],
    ],
  },
  {
    words: ['iridium'],
    topical: {
      tech: list(
        `Iridium Communications | Iridium satellite* | Iridium phone* | Iridium Next | Iridium constellation | Iridium network`,
      ),
    },
  },
  {
    words: ['wolfram'],
    prior: -0.5,
    topical: {
      tech: list(
        `Wolfram Research | Wolfram Alpha | WolframAlpha | Stephen Wolfram | Wolfram Language | Wolfram Mathematica`,
      ),
    },
  },
  {
    words: ['met coal'],
    prior: 0.5,
    before: [
      [
        /\b(?:i|we|they|he|she|who|also|had|has|have|recently|then|later|first|never|and|officials|president|minister|ceo|executives?|delegation|delegates)\s+$/i,
        -5,
        'reads as the verb "met"',
      ],
    ],
    after: [
      [
        /^\s+(?:miners|workers|executives|leaders|officials|unions?|families|communities|bosses|lobbyists)\b/i,
        -2,
        'reads as the verb "met"',
      ],
    ],
  },
  { words: ['potassium', 'phosphorus', 'fluorine'], prior: -0.3 },
  { words: ['potash'], prior: 1.5 },
  // French: "argent" is money far more often than silver.
  { words: ['argent'], prior: -1 },
  { words: ['iea', 'export-import bank'], prior: 1 },
  {
    words: ['strategic reserve'],
    phrases: list(`strategic reserve of oil | strategic reserves of oil | strategic reserve of crude`),
  },
  { words: ['plumbago'], prior: -1 },
  {
    words: ['ira'],
    prior: -0.2,
    phrases: list(`your IRA | my IRA`),
    topical: {
      'personal finance': list(`
        Roth IRA | traditional IRA | self-directed IRA | SEP IRA | SEP-IRA | SIMPLE IRA | IRA account* |
        IRA contribution* | IRA rollover* | inherited IRA | IRA withdrawal* | IRA balance* |
        rollover IRA | gold IRA`),
      'conflict and crime': list(`
        Real IRA | Continuity IRA | Provisional IRA | New IRA | IRA ceasefire | IRA bomb* |
        IRA prisoner* | IRA member* | IRA man | IRA men | IRA veteran* | IRA campaign | IRA violence`),
    },
  },
  { words: ['doe'], phrases: list(`NYC DOE | city DOE | city's DOE`) },
  {
    words: ['crm'],
    prior: -0.5,
    topical: { tech: list(`CRM software | CRM system* | CRM platform* | CRM tool*`) },
  },
  { words: ['byproduct', 'coproduct'], prior: -0.3 },
  { words: ['offtake'], prior: 0.8 },
  // "Tariff" is a trade tax in most news, but also a price list: a hotel room, an energy plan.
  {
    words: ['tariff', 'tariffs'],
    prior: 0.5,
    phrases: list(`
      energy tariff* | electricity tariff* | gas tariff* | power tariff* | water tariff* |
      fixed tariff* | variable tariff* | standard tariff* | tariff plan* | feed-in tariff* |
      broadband tariff* | mobile tariff* | phone tariff* | hotel tariff* | hotel's tariff |
      room tariff* | tariff for a double room | tariff for a single room | rack tariff* |
      off-peak tariff* | peak tariff* | night tariff* | time-of-use tariff* | smart tariff*`),
  },
  { words: ['stockpiling', 'minimum price', 'price floor', 'market concentration'], prior: -0.2 },
  // "Commission" alone (capitalised) is the EU's only where its sentence says so: another name
  // around it ("Federal Trade Commission", "Commission on Human Rights") is another commission.
  {
    words: ['commission'],
    prior: -2.5,
    before: [
      [
        /(?:^|[^\w'’])(?!(?:The|A|An|This|That|Its|EU|European)\s)[A-Z][\w'’.&-]*\s+$/,
        -6,
        'another commission',
      ],
      [
        /\b(?:EU|E\.U\.|European Union|Brussels|bloc|member states|von der Leyen)\b[^.!?;]*$/,
        4.5,
        'EU words nearby',
      ],
    ],
    after: [
      [/^\s+(?:on|for|of|to)\s+(?:the\s+)?[A-Z]/, -6, 'another commission'],
      [/^\s+(?:President|Vice-President|spokesperson|spokeswoman|spokesman)\b/, 4.5, 'EU words nearby'],
      [
        /^[^.!?;]*\b(?:EU|E\.U\.|European Union|Brussels|bloc|member states|Critical Raw Materials Act)\b/,
        4.5,
        'EU words nearby',
      ],
    ],
  },
  // Another body's acronym in brackets after its name: "Myanmar Institute of Information Technology (MIIT)".
  {
    words: ['miit'],
    prior: 1,
    before: [[/\b(?:Institute|University|College)\b[^.!?;()]*\(\s*$/, -6, "another body's acronym"]],
  },
  // "GAC" is China's customs next to MOFCOM or in an announcement's name, else the carmaker.
  {
    words: ['gac'],
    phrases: list(`
      GAC Motor* | GAC Group | GAC Aion | GAC Honda | GAC Toyota | GAC Trumpchi | GAC Fiat |
      GAC Mitsubishi | GAC Hyptec | GAC International`),
    before: [[/\b(?:MOFCOM|Commerce)\s*(?:\/|and|,)\s*(?:the\s+)?$/, 4, 'with MOFCOM']],
    after: [[/^\s*(?:\/\s*MOFCOM|and\s+MOFCOM|Announcement|announcement)\b/, 4, 'with MOFCOM']],
  },
];
