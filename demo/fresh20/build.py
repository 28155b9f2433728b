"""Write demo/fresh20/docs.jsonl and demo/fresh20/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh20/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (main incidents 2019-2025; one background incident of 2018) in Thailand and
Cambodia, Indonesia's Papua, Papua New Guinea, Nepal, Serbia, Honduras, El Salvador, Guyana, Venezuela
(the Caribbean), Chile, Argentina and Poland, in our own words, written as of their `published` date,
from facts in public reporting, simplified where unsure. Outlets are fictional with `.example` URLs;
quotations are paraphrases. Not a factual reference. Gold follows shared/contract/README.md and the
"Gold conventions" of demo/README.md; every weekday relied on is asserted with `datetime`, and the kit's
checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, IED,  # noqa: E402
                      INTERVENTION, LOOT, MISSILE, MOB, OTHER, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, VAC,
                      VIOLENT)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"THA": "Thailand", "KHM": "Cambodia", "IDN": "Indonesia", "PNG": "Papua New Guinea",
           "NPL": "Nepal", "SRB": "Serbia", "HND": "Honduras", "SLV": "El Salvador", "GUY": "Guyana",
           "VEN": "Venezuela", "CHL": "Chile", "ARG": "Argentina", "POL": "Poland"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "demonstrators", "Protesters", *extra)


def rioters(code: str, *extra):
    return actor(f"Rioters ({COUNTRY[code]})", "rioters", "crowd", "mob", "Rioters", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "attackers", "assailants",
             "armed men")

# ---- actors ------------------------------------------------------------------------------------------
THA = actor("Military Forces of Thailand", "Thailand", "Thai army", "Thai troops", "Thai soldiers",
            "Royal Thai Army", "Thai military", "soldiers", "troops", "Military Forces of Thailand (2023-)",
            code="THA")
THA_AIR = actor("Military Forces of Thailand", "Thailand", "Royal Thai Air Force", "Thai air force",
                "Thai jets", "F-16s", "Thai military", "Thai army", "Military Forces of Thailand (2023-)",
                code="THA")
KHM = actor("Military Forces of Cambodia", "Cambodia", "Cambodian army", "Cambodian troops", "Cambodian soldiers",
            "Royal Cambodian Armed Forces", "RCAF", "Cambodian forces", "Military Forces of Cambodia (1993-)",
            code="KHM")
THA_GOV = actor("Government of Thailand", "Thailand", "Bangkok", "Thai government", code="THA")
KHM_GOV = actor("Government of Cambodia", "Cambodia", "Phnom Penh", "Cambodian government", code="KHM")
IDN_SF = actor("Police Forces of Indonesia", "Military Forces of Indonesia", "security forces", "police",
               "soldiers", "Indonesian security forces", "TNI", "troops", code="IDN")
PAPUAN_PROT = protesters("IDN", "Papuan protesters", "Protesters (Indonesia)", "Rioters (Indonesia)", "rioters",
                         "crowd", "students", "Papuans")
PAPUAN_RIOT = rioters("IDN", "Rioters (Indonesia)", "Papuan protesters", "protesters", "Protesters (Indonesia)",
                      "students", "Papuans")
PNG_RIOT = rioters("PNG", "looters", "Rioters (Papua New Guinea)", "crowds", "people")
PNG_PROT = protesters("PNG", "police officers", "soldiers", "prison guards", "public servants",
                      "Police Forces of Papua New Guinea", "Protesters (Papua New Guinea)", "workers")
NPL_MON = protesters("NPL", "pro-monarchy protesters", "royalists", "monarchists", "Rioters (Nepal)", "rioters",
                     "Protesters (Nepal)", "Rastriya Prajatantra Party", "RPP", "Joint People's Movement Committee")
NPL_POL = actor("Police Forces of Nepal", "police", "Nepal Police", "Armed Police Force", "riot police",
                "security forces", "Police Forces of Nepal (2018-)", code="NPL")
NPL_REP = protesters("NPL", "Socialist Front", "republic supporters", "Protesters (Nepal)", "Maoist Centre",
                     "supporters of the republic")
SRB_PROT = protesters("SRB", "students", "Protesters (Serbia)", "Rioters (Serbia)", "rioters", "crowd")
SRB_POL = actor("Police Forces of Serbia", "police", "riot police", "Serbian police", "gendarmerie",
                "Police Forces of Serbia (2024-)", code="SRB")
HND_GANG = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "armed men", "gang",
                 "gang members", "attackers", "Unidentified Gang (Honduras)")
SLV_POL = actor("Police Forces of El Salvador", "National Civil Police", "PNC", "police",
                "Military Forces of El Salvador", "Armed Forces", "soldiers", "security forces",
                "Police Forces of El Salvador (2019-)", code="SLV")
SLV_GANGS = actor("MS-13", "Mara Salvatrucha", "Barrio 18", "gangs", "gang members", "terrorists",
                  "gang structures", "criminal gangs", "Mara Salvatrucha-13")
GUY = actor("Military Forces of Guyana", "Guyana Defence Force", "GDF", "Guyanese soldiers", "soldiers",
            "troops", "Guyana", "Military Forces of Guyana (2020-)", code="GUY")
SINDICATO = actor("unidentified armed group", "Unidentified Armed Group", "sindicato", "criminal gang",
                  "Venezuelan gang", "gunmen", "armed men", "attackers", "Sindicato Gang")
USA = actor("Military Forces of the United States", "United States", "US military", "US forces", "US",
            "Washington", "Pentagon", "Military Forces of the United States (2025-)", code="USA")
TRAFFICKERS = actor("drug traffickers", "narcoterrorists", "smugglers", "crew", "unidentified armed group",
                    "Civilians (Venezuela)", "civilians", "people", "cartel")
CHL_POL = actor("Police Forces of Chile", "Carabineros", "carabineros", "police", "police officers",
                "Chilean police", "Police Forces of Chile (2022-)", code="CHL")
CHL_POL_2018 = actor("Police Forces of Chile", "Carabineros", "carabineros", "police", "police officers",
                     "Chilean police", "special forces", "Police Forces of Chile (2018-2022)", code="CHL")
MAPUCHE_CIV = civ("CHL", "Mapuche", "Camilo Catrillanca", "Mapuche farmer", "Mapuche Ethnic Group (Chile)")
ARG_PROT = protesters("ARG", "pensioners", "retirees", "football fans", "barras bravas", "Protesters (Argentina)",
                      "Rioters (Argentina)", "rioters")
ARG_POL = actor("Police Forces of Argentina", "security forces", "police", "federal forces",
                "Argentine Federal Police", "Gendarmeria", "Gendarmerie", "Federal Police",
                "Police Forces of Argentina (2023-)", code="ARG")
POL = actor("Military Forces of Poland", "Poland", "Polish armed forces", "Polish military", "Polish aircraft",
            "Operational Command", "Polish air force", "NATO", "allied aircraft",
            "Military Forces of the Netherlands", "Military Forces of Poland (2023-)", code="POL")
RUS_DRONES = actor("Military Forces of Russia", "Russia", "Russian drones", "drones", "Russian military",
                   "Military Forces of Russia (2000-)", code="RUS")

# ---- places ------------------------------------------------------------------------------------------
PREY_CHAN = place(["Prey Chan", "Prey Chan village", "Banteay Meanchey", "Banteay Meanchey province",
                   "O'Chrov", "Ou Chrov"], "KHM")
HUAI_THAP_THAN = place(["Huai Thap Than", "Huai Thap Than district", "Sisaket", "Si Sa Ket", "Sisaket province"],
                       "THA", 15.0500, 104.0300)
KL = place(["Kuala Lumpur", "Malaysia"], "MYS", 3.1390, 101.6869)
PUTRAJAYA = place(["Putrajaya", "Malaysia"], "MYS", 2.9264, 101.6964)
NAM_YUEN = place(["Nam Yuen", "Nam Yuen district", "Ubon Ratchathani", "Ubon Ratchathani province"], "THA")
KANTHARALAK = place(["Kantharalak", "Kantharalak district", "Sisaket", "Si Sa Ket", "Sisaket province"], "THA",
                    14.6500, 104.6500)
PREAH_VIHEAR = place(["Preah Vihear", "Preah Vihear province"], "KHM")
JAYAPURA = place(["Jayapura", "Papua", "Papua province", "Abepura", "Waena"], "IDN", -2.5337, 140.7181)
DEIYAI = place(["Deiyai", "Deiyai regency", "Waghete", "Papua"], "IDN")
MANOKWARI = place(["Manokwari", "West Papua"], "IDN", -0.8615, 134.0620)
SORONG = place(["Sorong", "West Papua"], "IDN", -0.8762, 131.2558)
SURABAYA = place(["Surabaya", "East Java"], "IDN", -7.2575, 112.7521)
WAMENA = place(["Wamena", "Jayawijaya", "Jayawijaya regency", "Papua"], "IDN", -4.0930, 138.9460)
EXPO_WAENA = place(["Expo Waena", "Waena", "Jayapura", "Papua"], "IDN", -2.5900, 140.6300)
POM = place(["Port Moresby", "National Capital District", "Parliament House"], "PNG", -9.4431, 147.1803)
LAE = place(["Lae", "Morobe", "Morobe province"], "PNG", -6.7230, 146.9980)
TINKUNE = place(["Tinkune", "Kathmandu", "Koteshwor", "Baneshwor"], "NPL", 27.6860, 85.3470)
BHRIKUTI = place(["Bhrikutimandap", "Kathmandu"], "NPL", 27.6990, 85.3190)
BELGRADE = place(["Belgrade", "Slavija", "Slavija square"], "SRB", 44.8020, 20.4660)
NOVI_SAD = place(["Novi Sad", "Vojvodina"], "SRB", 45.2671, 19.8335)
CHOLOMA = place(["Choloma", "Cortes", "Cortés"], "HND", 15.6144, -87.9530)
SLV_LOC = place(["El Salvador"], "SLV")
CUYUNI = place(["Cuyuni River", "Cuyuni", "Essequibo", "Guyana-Venezuela border"], "GUY")
CARIBBEAN = place(["Caribbean", "southern Caribbean", "international waters", "Caribbean Sea", "Venezuela"], "VEN")
CANETE = place(["Cañete", "Canete", "Antiquina", "Biobío", "Biobio", "Biobío region", "Arauco province"], "CHL",
               -37.8000, -73.4000)
TEMUCUICUI = place(["Temucuicui", "Ercilla", "Araucanía", "Araucania", "Malleco"], "CHL")
CONGRESS_BA = place(["Buenos Aires", "Congress", "National Congress"], "ARG", -34.6097, -58.3925)
LUBLIN = place(["Lublin", "Lublin province", "Lublin voivodeship", "Lubelskie", "eastern Poland", "Poland"], "POL")
WYRYKI = place(["Wyryki-Wola", "Wyryki", "Wlodawa county", "Włodawa county", "Lublin province"], "POL")

# ==== 1. Prey Chan and the landmine ======================================================================
P1 = wd("2025-11-13", "Thursday")
NOV12 = wd("2025-11-12", "Wednesday")
NOV10 = wd("2025-11-10", "Monday")
OCT26 = wd("2025-10-26", "Sunday")
doc("thailand-prey-chan-wire-2025-11-13", P1, "Mekong Wire",
    "Cambodia says Thai troops killed villager as border peace deal unravels",
    "wire",
    """BANGKOK/PHNOM PENH, Nov 13 (Mekong Wire) - One Cambodian villager was killed and three others were wounded when Thai troops opened fire on a border village in Cambodia's Banteay Meanchey province on Wednesday, Cambodian officials said, two days after a landmine wounded Thai soldiers and led Bangkok to freeze a peace deal signed only last month.

Cambodia's information ministry said Thai soldiers fired rifles at residents of Prey Chan village in the afternoon and called it an attack on unarmed civilians. Thailand's army gave a different account: it said shots were first fired from the Cambodian side and that its troops answered with warning shots into the air. It denied that any soldier had aimed at civilians.

The shooting followed a blast on Monday in the Huai Thap Than district of Sisaket province, where a landmine exploded under a Thai patrol. Two soldiers were wounded, one of whom lost his right foot, the army said; no one was killed. Thai officials said the mine had been laid recently, a charge Phnom Penh rejected as baseless.

In response to the blast, Prime Minister Anutin Charnvirakul said on Monday that Thailand would suspend the joint declaration the two countries signed in Kuala Lumpur on October 26, a deal witnessed by US President Donald Trump that committed both sides to pull heavy weapons back from the frontier and to clear mines. Bangkok also put on hold the planned release of 18 Cambodian soldiers it has held since the summer.

Cambodian Prime Minister Hun Manet said his government remained committed to the agreement and urged Thailand to settle differences through the joint border committee. Thai defence officials warned that the army would respond firmly to any further provocation.

Villagers on both sides of the frontier said they feared a return of the heavy fighting that drove hundreds of thousands of people from their homes earlier this year.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], THA, either(civ("KHM", "villagers", "villager"), KHM), NOV12, None,
           PREY_CHAN, (1, 1), note="Cambodia: Thai troops fired on villagers (1 killed, 3 wounded); Thailand: "
           "warning shots after fire from the Cambodian side"),
        ev("e2", REMOTE, IED, either(UNID, KHM, actor("landmine", "mine")), THA, NOV10, None, HUAI_THAP_THAN,
           (0, 0), note="landmine under a Thai patrol; 2 wounded, 'no one was killed'; actor disputed/unknown"),
        ev("e3", STRAT, AGREEMENT, THA_GOV, KHM_GOV, OCT26, None, KL, None,
           note="joint declaration signed in Kuala Lumpur, recalled with its date"),
        ev("e4", STRAT, [OTHER, "Change to group/activity"], THA_GOV, KHM_GOV, NOV10, None,
           place(["Thailand", "Bangkok"], "THA"), None, responds_to=["e2"], optional=True,
           note="suspension of the declaration 'in response to the blast'; not a violent event"),
        ev("e5", BATTLES, CLASH, THA, KHM, "2025-01-01", P1, None, None, optional=True,
           note="'heavy fighting ... earlier this year': undated, placeless background"),
    ])

# ==== 2. December air strikes: analysis ==================================================================
P2 = wd("2025-12-08", "Monday")
DEC7 = wd("2025-12-07", "Sunday")
JUL28 = wd("2025-07-28", "Monday")
doc("thailand-cambodia-analysis-2025-12-08", P2, "The Andaman Review",
    "Analysis: Thai jets over Cambodia, and a peace deal that never took root",
    "long-form analysis",
    """BANGKOK - For the second time this year, Thai fighter jets are bombing Cambodian soil. On Monday morning the Royal Thai Air Force sent F-16s against what the army called Cambodian military positions in Preah Vihear province, across the frontier from Thailand's Ubon Ratchathani and Sisaket provinces. The army said the strikes came in retaliation for an attack before dawn, when Cambodian troops opened fire on a Thai unit in the Nam Yuen district of Ubon Ratchathani, killing one soldier and wounding several others.

That clash was itself preceded by shooting on Sunday afternoon in the Kantharalak district of Sisaket, where two Thai soldiers were wounded by gunfire from across the line. Cambodia's defence ministry tells the story the other way round: it says Thai forces fired first on Sunday, and that Monday's air raids and artillery fire killed four Cambodian civilians in Preah Vihear. A Thai army spokesman said only military targets had been hit and that the toll could not be verified.

How did it come to this, barely six weeks after a signing ceremony that was supposed to close the chapter?

The chapter opened in the summer. After five days of fighting in late July, the bloodiest between the two neighbours in more than a decade, the prime ministers met in Putrajaya, Malaysia, on July 28 and agreed an unconditional ceasefire that took effect at midnight. It held, roughly, through August and September. On October 26, in Kuala Lumpur, the two governments signed a broader joint declaration in front of US President Donald Trump, promising to withdraw heavy weapons, clear mines and release prisoners.

The unravelling was quick. On November 10 a landmine tore through a Thai patrol in Sisaket's Huai Thap Than district, wounding two soldiers; no one died, but Bangkok said the mine was new and suspended the declaration the same day. Two days later, on November 12, gunfire at Prey Chan village in Banteay Meanchey killed one Cambodian villager and wounded three, according to Phnom Penh. Thailand said its troops had fired warning shots in response to shots from the Cambodian side.

Since then each army has accused the other of building trenches and moving artillery forward. Cambodia's former leader Hun Sen, still the dominant voice in Phnom Penh, wrote on Monday that Cambodia would not fire first but would not sit still either, words Thai officials read as a threat. Thailand's prime minister, Anutin Charnvirakul, said the country would do whatever was needed to protect its sovereignty and that there would be no talks while Cambodian guns were pointed at Thai villages.

The deeper problem is that neither deal touched the underlying map. The 800-km border was drawn on French colonial surveys that both sides read differently, and temples such as Ta Krabey sit in the disputed strip. Malaysia, which chairs ASEAN this year, has offered to send observers again. Diplomats in Bangkok say the offer will be heard only once the shooting stops.

For villagers in Sisaket and Ubon Ratchathani, the bunkers dug in July are back in use. Schools along the border were closed on Monday and local officials said evacuation centres were filling again.
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], THA_AIR, either(KHM, civ("KHM")), P2, None, PREAH_VIHEAR, (4, 4),
           responds_to=["e2"],
           note="air strikes (and artillery) on Preah Vihear 'in retaliation for' the dawn attack; 4 civilians per "
           "Cambodia, Thailand: unverified (only one figure in the text)"),
        ev("e2", BATTLES, CLASH, KHM, THA, P2, None, NAM_YUEN, (1, 1),
           note="pre-dawn attack on a Thai unit in Nam Yuen; 1 soldier killed"),
        ev("e3", BATTLES, CLASH, either(KHM, THA), either(THA, KHM), DEC7, None, KANTHARALAK, None,
           note="Sunday shooting in Kantharalak; 2 wounded, who fired first disputed; no death figure"),
        ev("e4", STRAT, AGREEMENT, THA_GOV, KHM_GOV, JUL28, None, PUTRAJAYA, None,
           note="ceasefire agreed in Putrajaya on July 28"),
        ev("e5", STRAT, AGREEMENT, THA_GOV, KHM_GOV, OCT26, None, KL, None,
           same_as="thailand-prey-chan-wire-2025-11-13/e3", note="Kuala Lumpur declaration recalled"),
        ev("e6", REMOTE, IED, either(UNID, KHM, actor("landmine", "mine")), THA, NOV10, None, HUAI_THAP_THAN,
           (0, 0), same_as="thailand-prey-chan-wire-2025-11-13/e2", note="landmine recalled; 'no one died'"),
        ev("e7", [VAC, BATTLES], [ATTACK, CLASH], THA, either(civ("KHM", "villagers", "villager"), KHM), NOV12, None,
           PREY_CHAN, (1, 1), same_as="thailand-prey-chan-wire-2025-11-13/e1", note="Prey Chan recalled"),
        ev("e8", BATTLES, CLASH, either(THA, KHM), either(KHM, THA), "2025-07-20", "2025-07-28",
           place(["Thailand-Cambodia border", "Sisaket", "Ubon Ratchathani", "Surin"], "THA"), None, optional=True,
           note="'five days of fighting in late July' (an incident of other sets), placeless"),
        ev("e9", STRAT, OTHER, THA_GOV, KHM_GOV, NOV10, None, place(["Thailand", "Bangkok"], "THA"), None,
           optional=True, note="suspension of the declaration (after the mine; no explicit link wording)"),
    ])

# ==== 3. Deiyai and Jayapura, August 2019 =================================================================
P3 = wd("2019-08-29", "Thursday")
AUG28 = wd("2019-08-28", "Wednesday")
AUG19 = wd("2019-08-19", "Monday")
AUG17 = wd("2019-08-17", "Saturday")
doc("indonesia-deiyai-jayapura-2019-08-29", P3, "Arafura Wire",
    "Protesters torch buildings in Papua capital after deadly clash in Deiyai",
    "wire",
    """JAYAPURA, Indonesia, Aug 29 (Arafura Wire) - Protesters set fire to government buildings, shops and cars in Jayapura, the capital of Indonesia's Papua province, on Thursday, a day after a soldier and at least two civilians were killed when a demonstration in the highland regency of Deiyai turned violent.

Thousands of people marched from the Abepura and Waena districts toward the governor's office, some carrying Morning Star flags, the banned symbol of Papuan independence. Along the way groups set fire to the office of the regional election commission, a post office and dozens of vehicles, and looted shops. Police fired tear gas to disperse them. Police said no one had been killed in Jayapura, although several people were hurt. Marchers said the protest was a response to the killings in Deiyai.

In Deiyai, a crowd gathered on Wednesday outside the regent's office in Waghete to demand a referendum on independence. Police said some protesters, armed with arrows and machetes, attacked security personnel, killing a soldier and seizing rifles, and that two civilians died when troops opened fire. Activists and a local church group said at least six protesters had been shot dead.

The unrest across Papua and West Papua began after police and soldiers besieged a dormitory of Papuan students in the city of Surabaya, on Java, on August 17, shouting racist abuse at them, and detained 43 students for several hours. Two days later, on August 19, rioters set fire to the regional parliament building in Manokwari, the capital of West Papua, and in Sorong a crowd set fire to the prison, allowing more than 250 inmates to escape.

The government has sent more than 1,000 additional police and soldiers to the region and restricted internet access. Security minister Wiranto said those behind the riots would face the full force of the law and denied that security forces had fired on peaceful protesters.
""",
    [
        ev("e1", RIOTS, VIOLENT, PAPUAN_RIOT, None, P3, None, JAYAPURA, (0, 0), responds_to=["e2"],
           note="arson and looting during the Jayapura march; 'no one had been killed'; marchers: 'a response to "
           "the killings in Deiyai'"),
        ev("e2", [PROTESTS, RIOTS, BATTLES], [EXCESSIVE, VIOLENT, CLASH], either(IDN_SF, PAPUAN_PROT),
           either(PAPUAN_PROT, IDN_SF), AUG28, None, DEIYAI, (3, 7),
           note="police: 1 soldier + 2 civilians = 3; activists: the soldier + at least 6 protesters = 7"),
        ev("e3", RIOTS, VIOLENT, PAPUAN_RIOT, None, AUG19, None, MANOKWARI, None,
           note="regional parliament set on fire"),
        ev("e4", RIOTS, [VIOLENT, MOB], PAPUAN_RIOT, None, AUG19, None, SORONG, None,
           note="prison set on fire, inmates escape"),
        ev("e5", [STRAT, VAC], [ARRESTS, ATTACK], IDN_SF, civ("IDN", "Papuan students", "students"), AUG17, None,
           SURABAYA, None, optional=True, note="siege of the students' dormitory and detention of 43 students"),
    ])

# ==== 4. Wamena, garbled ==================================================================================
P4 = wd("2019-09-24", "Tuesday")
SEP23 = wd("2019-09-23", "Monday")
doc("indonesia-wamena-garbled-2019-09-24", P4, "nusantaranewsnow",
    "Wamena riot loss of life rises to 26, Jayapura conflict kill 4",
    "garbled machine-rewritten web copy",
    """Wamena riot loss of life rises to 26, Jayapura conflict kill 4

JAYAPURA - The quantity of individuals killed within the riot in Wamena metropolis of Papua province on Monday has risen to 26, police stated Tuesday, up from 16 that was introduced the night earlier than, because the our bodies had been pulled from burned homes and retailers.

Many of the useless are migrants from outdoors Papua, some of them trapped inside buildings that had been set ablaze by the rioters, a navy spokesman stated. Hundreds of authorities workplaces, retailers, homes and vehicles had been torched within the metropolis, the primary city of Jayawijaya regency, after a rumour unfold {that a} trainer had made a racist comment to a pupil, one thing the police say didn't occur.

On the identical Monday in Jayapura, a conflict broke out at Expo Waena between safety forces and college students who had left their campus at Cenderawasih College, police stated. Three college students and one soldier had been killed, bringing the loss of life there to 4.

Hundreds of residents have fled Wamena for the navy base and police station, and plenty of are ready for flights out. The unrest observe the protests that swept Papua in late August, when demonstrators burned buildings in Jayapura, after racist abuse of Papuan college students in Java.

The safety minister blamed separatists teams for the violence and stated they wished to embarrass Indonesia forward of the UN Common Meeting, a declare the separatists deny.

Share this:
Leave a Comment
""",
    [
        ev("e1", [RIOTS, VAC], [VIOLENT, MOB, ATTACK], PAPUAN_RIOT, civ("IDN", "migrants"), SEP23, None, WAMENA,
           (16, 26), note="16 first, 26 on Tuesday"),
        ev("e2", [RIOTS, PROTESTS, BATTLES], [VIOLENT, EXCESSIVE, CLASH], either(IDN_SF, PAPUAN_PROT),
           either(PAPUAN_PROT, IDN_SF), SEP23, None, EXPO_WAENA, (4, 4),
           note="3 students + 1 soldier"),
        ev("e3", RIOTS, VIOLENT, PAPUAN_RIOT, None, "2019-08-20", "2019-08-31", JAYAPURA, None,
           same_as="indonesia-deiyai-jayapura-2019-08-29/e1",
           note="'in late August, when demonstrators burned buildings in Jayapura'; no toll here"),
    ])

# ==== 5. Port Moresby and Lae riots =======================================================================
P5 = wd("2024-01-11", "Thursday")
JAN10 = wd("2024-01-10", "Wednesday")
doc("png-port-moresby-riots-2024-01-11", P5, "Coral Sea Wire",
    "Papua New Guinea declares emergency after riots kill 15 in two cities",
    "wire",
    """PORT MORESBY, Jan 11 (Coral Sea Wire) - Papua New Guinea declared a 14-day state of emergency on Thursday after rioting and looting in the capital Port Moresby and the northern city of Lae killed at least 15 people, Prime Minister James Marape said.

The violence began on Wednesday after police officers, soldiers, prison guards and other public servants walked off the job and gathered outside Parliament House in Port Moresby to protest deductions of up to several hundred kina from their pay packets. With few police on the streets, crowds broke into shops and supermarkets across the capital, carrying away goods and setting many buildings on fire.

Eight people were killed in Port Moresby, some shot by shop security guards and some caught in burning buildings, police said. A hospital official said a ninth body had been brought in overnight but could not say how the person died. In Lae, where looting broke out on Wednesday afternoon, seven people died, provincial police said.

Marape said the pay cut had been caused by a computer error and that the money would be refunded. He suspended the police commissioner and senior finance officials while an investigation takes place, and said about 1,000 soldiers were on standby to restore order. He rejected suggestions that the unrest amounted to an attempt to topple his government.

China's embassy said several Chinese-owned shops had been attacked and urged its citizens to stay indoors. By Thursday, streets in the capital were quiet, but smoke still rose from gutted buildings and queues formed at the few shops that had opened.
""",
    [
        ev("e1", PROTESTS, PEACEFUL, PNG_PROT, None, JAN10, None, POM, None,
           note="walk-out and gathering at Parliament House over pay deductions"),
        ev("e2", [RIOTS, STRAT], [MOB, VIOLENT, LOOT], PNG_RIOT, civ("PNG", "shops", "shop owners"), JAN10, None,
           POM, (8, 9), note="8 per police, a ninth body per a hospital official"),
        ev("e3", [RIOTS, STRAT], [MOB, VIOLENT, LOOT], PNG_RIOT, civ("PNG", "shops", "shop owners"), JAN10, None,
           LAE, (7, 7), note="Lae looting, 7 dead"),
        ev("e4", [RIOTS, STRAT], [MOB, VIOLENT, LOOT], PNG_RIOT, None, JAN10, None,
           place(["Papua New Guinea", "Port Moresby", "Lae"], "PNG"), (15, 15), optional=True,
           note="'at least 15' over the two cities: aggregate"),
        ev("e5", STRAT, OTHER, actor("Government of Papua New Guinea", "James Marape", "Marape", code="PNG"), None,
           P5, None, place(["Papua New Guinea"], "PNG"), None, optional=True, note="state of emergency"),
    ])

# ==== 6. Tinkune live blog ================================================================================
P6 = wd("2025-03-28", "Friday")
doc("nepal-tinkune-liveblog-2025-03-28", P6, "Himalaya Live",
    "Live: Two dead as pro-monarchy protest turns violent in Kathmandu; curfew imposed",
    "live blog (GMT, newest first)",
    """Friday 28 March

13:30 GMT - Police now confirm two deaths. One man was shot during the clashes near Tinkune and died in hospital; the second victim, a television cameraman, was found inside a building in Koteshwor that protesters had set on fire. More than 50 people, many of them police officers, are being treated for injuries, the home ministry says.

11:15 GMT - The Kathmandu district administration has imposed a curfew in Tinkune, Koteshwor, Baneshwor and nearby areas from 16:25 local time (10:40 GMT). The army has been called in to help police enforce it.

09:50 GMT - Protesters have set fire to a party office, a shopping centre and several vehicles in the Tinkune area, our reporter says. Thick black smoke is rising over the ring road. Some shops have been looted.

08:40 GMT - The protest has turned violent. Crowds broke through police barricades and threw stones as they tried to march toward the parliament building in New Baneshwor. Police responded with tear gas, water cannon and rubber bullets, and later fired live rounds, witnesses say.

06:30 GMT - Thousands of supporters of the monarchy have gathered at Tinkune in eastern Kathmandu, waving national flags and pictures of former King Gyanendra Shah. They are demanding the return of the monarchy, abolished in 2008, and of Nepal as a Hindu state. The rally was called by a joint committee backed by the Rastriya Prajatantra Party.

05:45 GMT - Good morning. Two rival rallies are planned in the capital today. Supporters of the republic, led by parties of the Socialist Front, are gathering at Bhrikutimandap, a few kilometres from Tinkune; police say that rally is passing off peacefully.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(NPL_MON, NPL_POL), either(NPL_POL, NPL_MON), P6,
           None, TINKUNE, (2, 2), note="barricades broken, stones, arson; police tear gas and live rounds; 2 dead "
           "(a protester shot, a cameraman in a burning building)"),
        ev("e2", PROTESTS, PEACEFUL, NPL_REP, None, P6, None, BHRIKUTI, None,
           note="rival pro-republic rally, peaceful; no toll given"),
        ev("e3", [STRAT, RIOTS], [LOOT, VIOLENT], NPL_MON, None, P6, None, TINKUNE, None, optional=True,
           note="arson of a party office, a shopping centre and vehicles: a component of e1"),
        ev("e4", STRAT, OTHER, actor("Government of Nepal", "Kathmandu district administration", code="NPL"), None,
           P6, None, TINKUNE, None, optional=True, note="curfew"),
    ])

# ==== 7. Tinkune, garbled ==================================================================================
P7 = wd("2025-03-30", "Sunday")
doc("nepal-tinkune-garbled-2025-03-30", P7, "kathmandupostnow",
    "Nepal police arrest 105 after Friday royalist violence, curfew lifted",
    "garbled machine-rewritten web copy",
    """Nepal police arrest 105 after Friday royalist violence, curfew lifted

KATHMANDU: Police in Nepal have arrested 105 individuals in reference to the violent pro-monarchy protest within the capital on Friday wherein two individuals had been killed and greater than 100 injured, officers stated Sunday, because the curfew imposed in japanese Kathmandu was lifted Saturday morning.

Those that died had been a 29-year-old protester who was hit by a bullet close to Tinkune and a tv cameraman who was caught in a home set on fireplace by the group in Koteshwor, police stated. Protesters additionally torched a celebration workplace and a number of other automobiles and tried to storm a media home, in response to the police.

Among the arrested are a number of leaders of the royalist marketing campaign, police stated, whereas the coordinator of the protest, who drove a automobile by means of a police barricade on Friday, is absconding. The federal government stated the previous king should bear accountability for the violence, which the palace supporters denied, saying infiltrators began the fireplace.

Prime Minister KP Sharma Oli instructed parliament the violence was deliberate and that those that instigated it might face motion. The Rastriya Prajatantra Occasion stated it could proceed its motion peacefully.

Source link
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(NPL_MON, NPL_POL), either(NPL_POL, NPL_MON),
           "2025-03-28", None, TINKUNE, (2, 2), same_as="nepal-tinkune-liveblog-2025-03-28/e1",
           note="'Friday' riot recalled: 2 dead"),
        ev("e2", STRAT, ARRESTS, NPL_POL, NPL_MON, "2025-03-28", P7, TINKUNE, None, optional=True,
           note="105 arrested (dates not given): detentions after a protest"),
    ])

# ==== 8. Belgrade, Vidovdan ================================================================================
P8 = wd("2025-06-29", "Sunday")
JUN28 = wd("2025-06-28", "Saturday")
doc("serbia-vidovdan-clashes-2025-06-29", P8, "The Sava Herald",
    "Serbian students block roads after police clash with protesters in Belgrade",
    "newspaper",
    """Students across Serbia blocked roads and intersections on Sunday in response to the arrests of dozens of protesters after clashes with riot police in Belgrade the night before, widening an eight-month protest movement against President Aleksandar Vucic.

Saturday's rally on and around Slavija square, held on the Vidovdan holiday, was one of the largest since the movement began: an independent monitoring group put the crowd at about 140,000, while police said 36,000 took part. The students who organised it had given the government until 9 p.m. to call early parliamentary elections. When the deadline passed, groups of protesters tried to push toward a camp of government supporters near the presidency and threw bottles and flares at police lines. Riot police charged, using pepper spray, batons and stun grenades, and the clashes spread through side streets late into the night.

Interior Minister Ivica Dacic said 48 police officers had been injured and 38 people detained; 22 protesters sought medical help, according to the health ministry. No one was killed. Vucic praised the police for showing restraint and said the state had "defeated" those who wanted to bring down the government by force, a description the students rejected.

On Sunday afternoon, students and residents blocked several main roads in Belgrade with bins and benches and sat down at junctions. Similar blockades went up in Novi Sad, where the movement was born after the railway station canopy collapsed last November. The protesters demanded the release of everyone detained on Saturday night.

Police did not try to remove the blockades by Sunday evening. Opposition leaders said the government had one choice left, to call elections; the ruling Serbian Progressive Party said there would be none before next year.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [INTERVENTION, EXCESSIVE, VIOLENT], either(SRB_PROT, SRB_POL),
           either(SRB_POL, SRB_PROT), JUN28, None, BELGRADE, (0, 0),
           note="rally and clashes with riot police after the deadline; 'No one was killed'"),
        ev("e2", PROTESTS, PEACEFUL, SRB_PROT, None, P8, None, place(["Belgrade"], "SRB", 44.7866, 20.4489), None,
           responds_to=["e1"], note="road blockades 'in response to the arrests' after the clashes"),
        ev("e3", PROTESTS, PEACEFUL, SRB_PROT, None, P8, None, NOVI_SAD, None, responds_to=["e1"],
           note="'similar blockades' in Novi Sad (the same response)"),
        ev("e4", STRAT, ARRESTS, SRB_POL, SRB_PROT, JUN28, P8, BELGRADE, None, optional=True,
           note="38 detained: a component of e1"),
    ])

# ==== 9. Choloma brief ===================================================================================
P9 = wd("2023-06-25", "Sunday")
JUN24 = wd("2023-06-24", "Saturday")
doc("honduras-choloma-brief-2023-06-25", P9, "Isthmus Brief",
    "Gunmen kill 11 at pool hall in northern Honduras",
    "wire brief",
    """TEGUCIGALPA, June 25 (Isthmus Brief) - Gunmen killed 11 people at a pool hall in the northern Honduran city of Choloma late on Saturday, police said, and local media put the toll at 13. Witnesses said several armed men arrived in a pickup truck, opened fire on customers and fled. Police said gangs fighting over extortion in the area were being investigated. President Xiomara Castro said she would impose a curfew in Choloma and neighbouring San Pedro Sula from Tuesday. The country's security forces have been under pressure since gang violence spiked this month.
""",
    [
        ev("e1", VAC, ATTACK, HND_GANG, civ("HND", "customers"), JUN24, None, CHOLOMA, (11, 13),
           note="11 per police, 13 per local media"),
        ev("e2", STRAT, OTHER, actor("Government of Honduras", "Xiomara Castro", code="HND"), None, P9, None,
           CHOLOMA, None, optional=True, note="announced curfew (future)"),
    ])

# ==== 10. El Salvador statement =============================================================================
P10 = wd("2022-03-27", "Sunday")
MAR26 = wd("2022-03-26", "Saturday")
MAR25 = wd("2022-03-25", "Friday")
doc("elsalvador-exception-statement-2022-03-27", P10, "Cuscatlan Bulletin",
    "Police report hundreds of gang members captured as state of exception takes effect",
    "police statement (paraphrase)",
    """SAN SALVADOR (Cuscatlan Bulletin) - The following is a summary of statements issued on Sunday by the National Civil Police (PNC) and the Ministry of Defence of El Salvador.

1. Following the wave of murders committed by terrorist gang structures on Friday and Saturday, the Legislative Assembly approved early on Sunday, at the request of President Nayib Bukele, a state of exception for 30 days. The measure suspends some constitutional guarantees, including the time limit on detention without charge.

2. According to the PNC, 62 people were murdered across the country on Saturday alone, the highest figure recorded in a single day in the country's recent history. On Friday, 14 murders were recorded. The PNC attributes the killings to the Mara Salvatrucha (MS-13) and to both factions of Barrio 18.

3. In the last 24 hours, police officers and soldiers of the Armed Forces carried out operations in all departments of the country and captured more than 570 gang members, among them several leaders of cliques responsible for the murders. The captures continue.

4. The Ministry of Defence has deployed additional troops to support the PNC in communities where gangs operate. The General Directorate of Prisons has placed all gang prisons under maximum emergency, with inmates confined to their cells 24 hours a day.

5. The PNC calls on the population to report any suspicious activity and reminds that membership of a gang is a crime. The PNC denies reports circulating on social networks that officers have been killed in the operations.

6. The Government states that it will not back down in the war against gangs.
""",
    [
        ev("e1", STRAT, ARRESTS, SLV_POL, SLV_GANGS, MAR26, P10, SLV_LOC, None,
           note="'more than 570 gang members' captured 'in the last 24 hours', all departments: country level"),
        ev("e2", VAC, ATTACK, SLV_GANGS, civ("SLV"), MAR26, None, SLV_LOC, (62, 62), optional=True,
           note="62 murders nationwide on Saturday: an aggregate over many places"),
        ev("e3", VAC, ATTACK, SLV_GANGS, civ("SLV"), MAR25, None, SLV_LOC, (14, 14), optional=True,
           note="14 murders on Friday: aggregate"),
        ev("e4", STRAT, OTHER, actor("Government of El Salvador", "Legislative Assembly", "Nayib Bukele",
                                     code="SLV"), None, P10, None, SLV_LOC, None, optional=True,
           note="state of exception approved"),
    ])

# ==== 11. Cuyuni ambush ===================================================================================
P11 = wd("2025-02-18", "Tuesday")
FEB17 = wd("2025-02-17", "Monday")
doc("guyana-cuyuni-ambush-2025-02-18", P11, "Demerara Wire",
    "Six Guyanese soldiers wounded by gunfire from Venezuelan side of border river",
    "wire",
    """GEORGETOWN, Feb 18 (Demerara Wire) - Six soldiers of the Guyana Defence Force were wounded on Monday when armed men firing from the Venezuelan bank of the Cuyuni River attacked a boat carrying supplies to a military post, the army said.

The soldiers were escorting the boat up the river, which marks part of the border between the two countries, when they came under fire from the opposite bank, the Guyana Defence Force said in a statement. The troops returned fire. Two of the wounded were flown to Georgetown for treatment; the others were treated in the field. No soldier was killed, the army said.

The army blamed a Venezuelan criminal gang of the kind known locally as a "sindicato", which control illegal gold mining along the river and extort miners on both sides. It said troops would step up patrols.

President Irfaan Ali condemned the attack and said Guyana would not be intimidated, adding that he had spoken to partners, including the United States, about the security of the border. Venezuela's government did not comment on the incident; it has previously denied any link to armed groups operating in the area.

The Cuyuni runs along the edge of the Essequibo region, which Venezuela claims and which makes up about two-thirds of Guyana's territory. The dispute has sharpened since large oil finds off the Essequibo coast turned Guyana into one of the world's fastest-growing economies.
""",
    [
        ev("e1", BATTLES, CLASH, SINDICATO, GUY, FEB17, None, CUYUNI, (0, 0),
           note="fire on a GDF escort; six wounded; 'No soldier was killed'"),
    ])

# ==== 12. US boat strike ==================================================================================
P12 = wd("2025-09-16", "Tuesday")
SEP15 = wd("2025-09-15", "Monday")
doc("venezuela-boat-strike-2025-09-16", P12, "Atlantic Desk",
    "US strikes second boat it says carried drugs from Venezuela, killing three",
    "wire",
    """WASHINGTON/CARACAS, Sept 16 (Atlantic Desk) - US forces struck a boat that President Donald Trump said was carrying drugs from Venezuela on Monday, killing three people on board, the second such attack in the Caribbean this month.

Trump announced the strike on social media and posted a short video that showed a speedboat bursting into flames. He said the vessel belonged to violent drug-trafficking cartels and had been hit in international waters while bringing narcotics toward the United States. He did not say what weapon had been used or give evidence that the boat carried drugs.

Venezuela's government condemned the strike as an act of aggression and an extrajudicial execution. President Nicolas Maduro said his country was ready to defend itself and that the US naval build-up in the region was a threat to peace; Venezuela has deployed troops and called on members of its civilian militia to enlist. He denied that his government had any link to drug trafficking.

Several legal experts and Democratic lawmakers questioned the legal basis for using military force against suspected smugglers rather than intercepting them and arresting the crews. The Pentagon said the operation was lawful and that further strikes were possible.

The United States has sent several warships, a submarine and fighter jets to the southern Caribbean in recent weeks.
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], USA, TRAFFICKERS, SEP15, None, CARIBBEAN, (3, 3),
           note="weapon not stated; at sea, coded VEN without a point; the earlier strike is not dated here"),
    ])

# ==== 13. Canete ===========================================================================================
P13 = wd("2024-04-28", "Sunday")
APR27 = wd("2024-04-27", "Saturday")
doc("chile-canete-carabineros-2024-04-28", P13, "El Mirador del Sur",
    "Three police officers killed and burned in southern Chile",
    "newspaper",
    """Three Carabineros police officers were shot dead and their bodies burned inside their patrol car in a rural area near Cañete, in Chile's Biobío region, early on Saturday, the day the force marked its 97th anniversary.

The sergeant and two corporals had set out before dawn to deliver a court notice in the Antiquina sector, about 15 km from Cañete. When they failed to report back, colleagues went looking for them and found the burned vehicle with the three bodies inside. Prosecutors said the officers had been ambushed by several attackers and that their weapons were missing.

No group claimed responsibility. The area lies in the south where radical Mapuche groups and loggers, farmers and the state have clashed for years over land, and where a state of emergency has been in force since 2022.

President Gabriel Boric cut short a trip, convened his security cabinet in Concepción and declared three days of national mourning. He called the killings an attack on the whole country and said those responsible would be found. The government filed a complaint under the State Security Law. Right-wing lawmakers called for tougher measures in the region.

The killings are among the worst attacks on police in Chile in decades. Mapuche organisations condemned them and warned against collective blame. Many recalled the death of Camilo Catrillanca, a young Mapuche farmer shot in the head by police special forces in Temucuicui, in the Ercilla area of Araucanía, on November 14, 2018, a killing that set off months of protests.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], UNID, CHL_POL, APR27, None, CANETE, (3, 3),
           note="ambush of three Carabineros; attackers unknown"),
        ev("e2", VAC, ATTACK, CHL_POL_2018, MAPUCHE_CIV, "2018-11-14", None, TEMUCUICUI, (1, 1),
           note="background: the Catrillanca killing"),
    ])

# ==== 14. Buenos Aires ======================================================================================
P14 = wd("2025-03-13", "Thursday")
MAR12 = wd("2025-03-12", "Wednesday")
doc("argentina-congress-protest-2025-03-13", P14, "River Plate Wire",
    "Photographer critically hurt as pensioners' protest turns violent in Buenos Aires",
    "wire",
    """BUENOS AIRES, March 13 (River Plate Wire) - A press photographer was in critical condition on Thursday after being hit in the head by a tear gas canister during clashes between security forces and protesters outside Argentina's Congress on Wednesday, at the weekly protest of pensioners against President Javier Milei's austerity measures.

The Wednesday rallies usually draw a few hundred retirees. This week they were joined by supporters of several football clubs who had answered calls on social media to defend the pensioners. Federal police and gendarmes fired tear gas, rubber bullets and water cannon as the crowd moved into the streets around Congress; some protesters threw stones and set fire to a police car and rubbish containers.

Photographer Pablo Grillo was struck while taking pictures and underwent emergency surgery. At least 20 people were injured, among them several police officers and an 81-year-old woman who was pushed to the ground by an officer. No deaths were reported. Police detained 124 people, most of whom were released later that night on a judge's order.

Security Minister Patricia Bullrich blamed organised football hooligans and opposition militants for the violence and defended the officers' conduct. Human rights groups and press unions said the use of force was disproportionate and called for an investigation into the shot that hit Grillo.

Pension groups said they would return to Congress next Wednesday.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, INTERVENTION, VIOLENT], either(ARG_PROT, ARG_POL),
           either(ARG_POL, ARG_PROT), MAR12, None, CONGRESS_BA, (0, 0),
           note="clashes at the pensioners' protest; 'No deaths were reported'"),
        ev("e2", STRAT, ARRESTS, ARG_POL, ARG_PROT, MAR12, None, CONGRESS_BA, None, optional=True,
           note="124 detained: a component of e1"),
    ])

# ==== 15. Poland drones: military statement =================================================================
P15 = wd("2025-09-10", "Wednesday")
SEP9 = wd("2025-09-09", "Tuesday")
doc("poland-drones-statement-2025-09-10", P15, "Vistula Defence Desk",
    "Polish command: drones shot down after repeated airspace violations",
    "military statement (paraphrase)",
    """WARSAW (Vistula Defence Desk) - The Operational Command of the Polish Armed Forces said on Wednesday that Polish airspace had been violated repeatedly overnight by drone-type objects during a massive Russian attack on targets in Ukraine. The following is a paraphrase of its statements and of the government's briefing.

- The Operational Commander activated all necessary procedures during the night. Polish and allied aircraft operated in Polish airspace, and ground-based air defence and radar reconnaissance systems reached the highest state of readiness.

- Objects that posed a direct threat were shot down. The operation of aircraft ended at about 6.30 a.m.

- A search for the places where the objects fell is under way, mainly in the Lublin province. Residents are asked not to approach or touch any debris they find and to inform the police.

- Prime Minister Donald Tusk told parliament that 19 violations of Polish airspace had been recorded and that three, possibly four, drones had been shot down. Dutch F-35 fighters took part in the operation alongside Polish jets.

- In the village of Wyryki-Wola, in Wlodawa county, an object fell on a house and destroyed part of its roof. No one was hurt, police said.

- Poland has asked for consultations with its NATO allies under Article 4 of the alliance's treaty.

Russia's defence ministry said it had not planned to strike any targets in Poland and that its drones had been aimed at Ukrainian military facilities. Belarus said some drones had strayed off course after their navigation was jammed.
""",
    [
        ev("e1", STRAT, DISRUPTED, POL, RUS_DRONES, SEP9, P15, LUBLIN, None,
           note="drones shot down overnight into Wednesday; places not named beyond the Lublin province"),
        ev("e2", [REMOTE, STRAT], [AIR, LOOT], either(RUS_DRONES, actor("drone", "unidentified drone", "object")),
           civ("POL", "house", "residents"), SEP9, P15, WYRYKI, (0, 0),
           note="a falling object wrecked a house's roof; 'No one was hurt'"),
        tally("t1", RUS_DRONES, POL, SEP9, P15, place(["Poland"], "POL"), 19, optional=True,
              note="'19 violations of Polish airspace' overnight"),
    ])

# ==== 16. Negative: Polish presidential election ============================================================
P16 = wd("2025-06-02", "Monday")
doc("poland-election-politics-2025-06-02", P16, "Warsaw Political Weekly",
    "Nawrocki's narrow win leaves Tusk's coalition under siege",
    "politics (negative: metaphors)",
    """WARSAW - It was a battle fought to the last ballot. Karol Nawrocki, the conservative historian backed by the Law and Justice party, won Poland's presidential run-off on Sunday with about 50.9 percent of the vote, according to the official count published on Monday, edging out Warsaw mayor Rafal Trzaskowski in a contest that had swung back and forth all night.

For Prime Minister Donald Tusk the result is a body blow. His government has spent 18 months in the trenches against an outgoing president who vetoed its bills, and it had hoped Trzaskowski would end the siege. Instead, Nawrocki will hold the veto pen for five years, and opposition strategists were already talking on Monday about a war of attrition that would leave the coalition's programme in ruins.

The campaign itself was a bruising affair. Trzaskowski's camp fired broadside after broadside over Nawrocki's past dealings in a Gdansk flat, while Nawrocki's supporters accused the mayor of being a foot soldier of Brussels. A televised debate in May was widely scored a knockout for neither side. Some commentators said the liberals had shot themselves in the foot by treating the race as a victory lap after the first round.

Tusk, a veteran of many political wars, said he would call a vote of confidence to show his coalition was still standing. Law and Justice leader Jaroslaw Kaczynski told supporters the victory was the first shot in a campaign to retake the government in 2027.

Markets took the result in their stride: the zloty dipped in early trading before recovering, and analysts said investors had been braced for a photo finish.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
