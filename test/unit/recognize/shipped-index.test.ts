import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { compileMatcher, findMentions } from '@/lib/recognize';

// The issue's own examples, on the index the extension ships: what a reader would see.
const matcher = compileMatcher(MATCH_INDEX);
const seen = (text: string) => findMentions(matcher, text).map((m) => `${m.text}=${m.termId}`);

describe('the shipped match index', () => {
  it.each([
    ['Lead prices rose as the smelter restarted.', ['Lead=lead']],
    ['She will lead the talks in Ottawa.', []],
    ['Spain won a silver medal in the relay.', []],
    ['Startups in Silicon Valley raised $2 billion.', []],
    ['China controla las tierras raras.', ['tierras raras=rare-earth-elements']],
    ['La revisión del T\u2011MEC empieza en julio.', ['T\u2011MEC=usmca']],
    ['La Secretaria de Economia publicó las reglas.', ['Secretaria de Economia=secretaria-de-economia']],
    ['Buyers cite the Inflation Reduction Act.', ['Inflation Reduction Act=inflation-reduction-act']],
    ['Savers should open a Roth IRA early.', []],
    // Names that start with an accented letter, which a regex's \b cannot see.
    ["Le prix de l'étain monte ; Étain et cuivre.", ['étain=tin', 'Étain=tin', 'cuivre=copper']],
    ['Les éléments de terres rares.', ['éléments de terres rares=rare-earth-elements']],
    ['Rétain, xétain.', []],
    // A law does not report: this DPA is the German press agency. An agency does report.
    [
      'The DPA reported that shipments of lithium and graphite to Germany fell.',
      ['lithium=lithium', 'graphite=graphite'],
    ],
    ['The IEA reported that lithium demand rose.', ['IEA=iea', 'lithium=lithium']],
    ['The IRA says battery minerals must come from free-trade partners.', ['IRA=inflation-reduction-act']],
    [
      'Rare earth elements and rare-earth magnets.',
      ['Rare earth elements=rare-earth-elements', 'rare-earth=rare-earth-elements'],
    ],
    [
      'The Critical Raw Materials Act covers critical raw materials.',
      [
        'Critical Raw Materials Act=eu-critical-raw-materials-act',
        'critical raw materials=critical-raw-material-eu',
      ],
    ],
    ['Lithium-ion cells need lithium; Li and Co are symbols.', ['Lithium=lithium', 'lithium=lithium']],
    ['Les ofrecieron plata o plomo.', []],
    ['México es el primer productor de plata.', ['plata=silver']],
    // A generic phrase names no one plan or reform: only the plan's proper name, or its long form.
    [
      'G7 leaders adopted the Critical Minerals Action Plan; Mexico wants a critical minerals action plan.',
      [
        'Critical Minerals Action Plan=g7-critical-minerals-action-plan',
        'critical minerals=critical-mineral',
      ],
    ],
    [
      'El plan de acción sobre minerales críticos del G7.',
      ['plan de acción sobre minerales críticos del G7=g7-critical-minerals-action-plan'],
    ],
    ['La reforma a la Ley Minera de 2023 acortó las concesiones.', []],
    // Companies and places named after a metal; the trade itself, and a mining boom, still count.
    ['Nickel Industries and Cobalt Blue Holdings fell in Sydney.', []],
    ["Chile's copper industries employ 200,000 miners.", ['copper=copper']],
    ['The town of Cobalt, Ontario, was founded after a silver rush.', ['silver=silver']],
    ['She wore cobalt eyeshadow and a cobalt velvet jacket.', []],
    [
      'Ganfeng Lithium cut lithium output; Pan American Silver raised silver guidance.',
      ['lithium=lithium', 'silver=silver'],
    ],
    [
      'China Rare Earth Group and Lynas Rare Earths set rare earth prices.',
      ['rare earth=rare-earth-elements'],
    ],
    // A jewel or a coin is made of the metal, whatever page it is on.
    ['La novia llevó un collar de plata; él compró monedas de plata.', ['plata=silver', 'plata=silver']],
    ['She wore silver earrings.', ['silver=silver']],
    // "Tariff" as electricity pricing is no trade tax, in the same sentence as one that is.
    ['Ofgem said energy tariffs will fall in April.', []],
    ['Germany cut its feed-in tariffs for solar power.', []],
    ['The Feed-in Tariff scheme closed to new applicants.', []],
    ['An off-peak tariff helps EV owners charge cheaply at night.', []],
    ['Customers on a time-of-use tariff or a night tariff pay less.', []],
    ['Our gas tariffs and mobile tariff rose; the hotel tariffs did not.', []],
    ['The feed-in tariff was cut, while tariffs on imported solar panels rose to 30%.', ['tariffs=tariff']],
    ['Washington imposed a 25% tariff on Chinese graphite.', ['tariff=tariff', 'graphite=graphite']],
    // The EU's and China's agencies, and the commissions, carmakers and institutes that share a word.
    ['Commission President Ursula von der Leyen visited the mine.', ['Commission=european-commission']],
    ['The Federal Trade Commission sued; the Commission on Human Rights met.', []],
    ['La Comisión Federal de Electricidad (CFE) subió sus tarifas.', []],
    [
      'MOFCOM and GAC Announcement No. 18 took effect.',
      ['MOFCOM=mofcom', 'GAC=gacc', 'Announcement No. 18=china-export-control-rare-earths-april-2025'],
    ],
    ['GAC Aion cut prices; GACC Midwest hosted a fair.', []],
    ['Students at the Myanmar Institute of Information Technology (MIIT) won a prize.', []],
  ])('%s', (text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  it('compiles with no alias left out', () => {
    expect(matcher.stats.skipped).toEqual([]);
  });
});
