import { list } from './list';
import type { CueGroup } from './types';

/**
 * Sentence-level evidence for ambiguous words, English and Spanish together (pages mix them, and
 * the sets hardly collide). Written from the language of trade, mining and market reports on one
 * side, and of sport, music, tech, personal finance and crime reporting on the other. A cue is a
 * hint, not a verdict: weights stay small and a sentence's total is capped (disambiguate.ts).
 * Accents are ignored when matching; `*` ends a word with any letters.
 */
export const CUE_GROUPS: readonly CueGroup[] = [
  {
    topic: 'mining',
    weight: 1.5,
    words: list(`
      mine | mines | mined | mining | miner | miners | ore | ores | smelter* | smelting | refiner* |
      refining | concentrate | concentrates | deposit | deposits | tonne* | metric tons | ounce |
      ounces | troy ounce* | alloy* | ingot* | cathode* | anode* | bullion | LME | London Metal
      Exchange | Comex | Shanghai Futures Exchange | metal | metals | base metals | precious metals |
      mineral | minerals | critical minerals | rare earths | mineral processing | extraction | ore
      grade* | open-pit | open pit | tailings | feedstock | battery | batteries | cathode | electric
      vehicle* | EV | EVs | gigafactory | solar panel* | solar cell* | photovoltaic* | stockpile* | semiconductor* | magnets |
      geolog* | exploration | drill results | assay* | commodit* | futures | spot price* | mina |
      minas | minería | minero | mineros | minera | mineras | yacimiento* | fundición | fundidora* |
      refinería* | refinación | concentrado* | tonelada* | onza* | aleación* | lingote* | metal |
      metales | metales preciosos | metales básicos | mineral | minerales | minerales críticos |
      tierras raras | extracción | explotación | batería* | vehículos eléctricos | vehículo eléctrico
      | autos eléctricos | relaves | semiconductor* | imanes | geológ* | exploración | materias primas
      | cotización | paneles solares | cotizaciones | Bolsa de Metales de Londres`),
  },
  {
    topic: 'markets and trade',
    weight: 0.8,
    words: list(`
      prices | price | production | producer | producers | produces | produced | producing | output | exports | exported | imports |
      imported | supply | supplies | supply chain* | demand | shortage* | tariff* | export controls |
      export ban | reserves | processing | refined | industrial | manufactur* | smelt* | traders |
      market | markets | precio | precios | producción | productor | productores | productora |
      exportación | exportaciones | importación | importaciones | suministro | cadena de suministro |
      cadenas de suministro | demanda | escasez | arancel* | reservas | procesamiento | industrial |
      industria | mercado | mercados | safe haven | refugio | jewellery | jewelry | joyas | joyería |
      orfebrería | silverware | platería`),
  },
  {
    topic: 'policy',
    weight: 1,
    kinds: ['policy'],
    words: list(`
      critical minerals | tax credit* | clean energy | electric vehicle* | EV | EVs | subsid* |
      legislation | Congress | Treasury | administration | executive order | Pentagon | Commerce
      Department | Department of Commerce | trade | trade deal | agreement | negotiat* | ministers |
      ministerial | minister | tariff* | supply chain* | funding | loan | loans | grant | grants |
      awarded | stockpil* | mining | minerals | minerales críticos | crédito fiscal | créditos
      fiscales | subsidio* | Congreso | acuerdo | tratado | negociacion* | ministro | ministra |
      secretario | secretaria | comercio | aranceles | cadena de suministro | minería | gobierno |
      financiamiento`),
  },
  {
    topic: 'sport',
    weight: -1.5,
    words: list(`
      medal* | Olympic* | Paralympic* | champion* | tournament* | podium | finals | semifinal* |
      semi-final* | quarterfinal* | quarter-final* | world cup | grand prix | league | season | coach
      | coaches | striker | goalkeeper | touchdown* | inning* | playoff* | stadium | athlete* |
      sprinter* | swimmer* | gymnast* | skater* | relay | marathon | NBA | NFL | NHL | FIFA | UEFA |
      scored | halftime | half-time | goal | goals | match point | set point | doubles | singles |
      fans | rookie | quarterback | medalla* | presea* | olímpic* | paralímpic* | campeón | campeona |
      campeonato* | torneo* | podio | semifinal | cuartos de final | liga | temporada | entrenador* |
      delantero | portero | estadio | atleta* | nadador* | gimnasta* | goleador* | gol | goles |
      afición | aficionados | jugador* | futbolista* | cromos | álbum del Mundial`),
  },
  {
    topic: 'music and film',
    weight: -1.5,
    kinds: ['mineral', 'group'],
    words: list(`
      album* | song* | singer* | band | bandmates | chart* | Billboard | concert* | RIAA | certified |
      certification | streams | streaming | rapper* | vocals | vocalist* | guitar* | drummer* | film |
      films | movie* | actor* | actress* | box office | Oscar* | Grammy* | premiere* | episode* |
      sitcom* | novel | theatre | theater | musical | record label | hit single | tour dates | álbum*
      | canción | canciones | cantante* | gira | concierto* | película* | actriz | actores |
      telenovela* | discográfica* | sencillo | taquilla | estreno* | premios | reguetón | rapero* |
      banda sonora`),
  },
  {
    topic: 'tech',
    weight: -1.5,
    words: list(`
      browser* | software | app | apps | Google | startup* | start-up* | open source | open-source |
      developer* | codebase | chatbot* | venture capital* | tech giant* | tech companies | Big Tech |
      Microsoft Edge | malware | navegador* | código abierto | aplicación | aplicaciones`),
  },
  {
    topic: 'personal finance',
    weight: -1.5,
    kinds: ['policy'],
    words: list(`
      retirement | 401(k) | 401k | Roth | savers | savings | nest egg | rollover* | brokerage |
      contributions | withdrawal* | required minimum distribution* | RMD* | annuit* | financial
      planner* | financial advisor* | pension* | jubilación | ahorro*`),
  },
  {
    topic: 'conflict and crime',
    weight: -1.5,
    words: list(`
      Irish | Belfast | Sinn Féin | paramilitar* | Good Friday | unionist* | loyalist* | bombing* |
      Northern Ireland | bullet* | gunfire | gunmen | gunman | police | policeman | arrested | arrest
      | constable | pub | punched | assault* | policía | detenido* | patrulla* | balas | bala |
      balacera* | sicario* | narco* | cártel | cartel | soborno* | disparo* | tiroteo* | asesinato* |
      plomazo* | Pablo Escobar | Escobar`),
  },
  {
    topic: 'colour and fashion',
    weight: -1,
    kinds: ['mineral', 'group'],
    words: list(`
      dress | gown | hair | haired | colour | color | colours | colors | shade | hue | lipstick | nail
      polish | fashion | eyes | blonde | paint job | wedding anniversary | eyeshadow | eyeliner |
      makeup | make-up | mascara | jacket | sweater | scarf | velvet | satin | wallpaper | vestido |
      pelo | cabello | tono | moda | rubia | rubio | ojos | aniversario | maquillaje | sombra de ojos
      | chaqueta`),
  },
  {
    // "market concentration" and the HHI are also the everyday tools of competition law.
    topic: 'competition law',
    weight: -1.5,
    only: ['market concentration', 'hhi'],
    words: list(`
      antitrust | competition authorit* | competition regulator* | competition commission | merger* |
      monopol* | cloud computing | search engine* | social media | app store* | airline* | supermarket* |
      telecom* | banking | antimonopolio | competencia económica | fusión | fusiones`),
  },
  {
    topic: 'UK politics',
    weight: -1.5,
    only: ['msp'],
    words: list(`
      Scottish | Holyrood | Edinburgh | Labour | SNP | Tory | Conservative | constituent* |
      constituency | MSPs`),
  },
  {
    topic: 'cars',
    weight: -1,
    kinds: ['mineral', 'group'],
    words: list(`
      Chevrolet | Chevy | sedan | hatchback | model year | dealership* | sedán`),
  },
  {
    topic: 'coins',
    weight: -1.5,
    only: ['nickel'],
    words: list(`
      penny | pennies | dime | dimes | coin | coins | cents | U.S. Mint | piggy bank`),
  },
  {
    topic: 'health and food',
    weight: -1.5,
    kinds: ['mineral', 'group'],
    words: list(`
      diet | diets | banana* | vitamin* | blood pressure | supplement* | nutrition* | toothpaste |
      dental | teeth | dentist* | cavities | dieta | plátano* | vitamina* | presión arterial |
      suplemento* | nutrici* | pasta de dientes | pasta dental | dientes | caries | dentista* |
      cerillo* | cerilla* | encender`),
  },
];
