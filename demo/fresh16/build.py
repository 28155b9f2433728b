"""Write demo/fresh16/docs.jsonl and demo/fresh16/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh16/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (main incidents 2023-2025; background 2023-2024) in Ukraine, Serbia, Armenia and
Azerbaijan, DR Congo, Sudan and South Sudan, Thailand and Cambodia, Indian Kashmir, Myanmar and Mexico, in our
own words, written as of their `published` date, from facts in public reporting, simplified where unsure.
Outlets are fictional with `.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is asserted
with `datetime`, and the kit's checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AIR, ATTACK, BATTLES, CLASH, EXCESSIVE, IED, MISSILE, MOB, OTHER,  # noqa: E402
                      OVERTAKE, PEACEFUL, PROTESTS, REGAINS, REMOTE, RIOTS, STRAT, VAC, VIOLENT, ARRESTS)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"UKR": "Ukraine", "SRB": "Serbia", "ARM": "Armenia", "AZE": "Azerbaijan", "COD": "Democratic Republic of Congo",
           "SDN": "Sudan", "SSD": "South Sudan", "THA": "Thailand", "KHM": "Cambodia", "IND": "India",
           "MMR": "Myanmar", "MEX": "Mexico"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "armed men", "attackers",
             "assailants")

# ---- actors ------------------------------------------------------------------------------------------
RUS = actor("Military Forces of Russia", "Russia", "Russian forces", "Russian military", "Russian army",
            "Moscow", "Russian missile", "Military Forces of Russia (2000-)", code="RUS")
UKR_CIV = civ("UKR", "diners", "customers", "children", "teenagers")
SBU = actor("SBU", "Security Service of Ukraine", "Police Forces of Ukraine", "Ukrainian security service",
            "Government of Ukraine", code="UKR")
SUSPECT_UKR = actor("Civilians (Ukraine)", "suspect", "man", "informant", "employee of a gas company",
                    "Russian agent", "unidentified individual")
SNS = actor("SNS supporters", "Serbian Progressive Party", "SNS", "supporters of the ruling party",
            "ruling party activists", "men", "attackers", "unidentified armed group", "Rioters (Serbia)",
            "Serbian Progressive Party (SNS)")
STUDENTS_SRB = actor("Protesters (Serbia)", "students", "student protesters", "Civilians (Serbia)",
                     "protesters", "female student", "student")
SRB_POL = actor("Police Forces of Serbia", "police", "Serbian police", "Police Forces of Serbia (2024-)",
                code="SRB")
AZE = actor("Military Forces of Azerbaijan", "Azerbaijan", "Azerbaijani forces", "Azerbaijani army",
            "Azerbaijani troops", "State Border Service", "Azerbaijan's State Border Service",
            "State Border Service of Azerbaijan", "Azerbaijani border guards", "Baku",
            "Military Forces of Azerbaijan (2003-)", code="AZE")
ARM = actor("Military Forces of Armenia", "Armenia", "Armenian forces", "Armenian army", "Armenian soldiers",
            "Armenian troops", "Yerevan", "Armenian defence ministry", "Military Forces of Armenia (2018-)",
            code="ARM")
MALANGA = actor("United Congolese Party", "Christian Malanga", "Malanga", "armed men", "attackers",
                "gunmen", "coup plotters", "unidentified armed group", "men in military fatigues",
                "New Zaire", "Zaire")
FARDC = actor("Military Forces of the Democratic Republic of Congo", "FARDC", "Congolese army",
              "Republican Guard", "army", "soldiers", "security forces", "Congolese armed forces",
              "Police Forces of the Democratic Republic of Congo", "police",
              "Military Forces of the Democratic Republic of Congo (2019-)", code="COD")
SECT = actor("Protesters (Democratic Republic of Congo)", "Wazalendo", "Natural Judaic and Messianic Faith",
             "sect members", "sect", "protesters", "worshippers", "Civilians (Democratic Republic of Congo)",
             "followers")
RSF = actor("RSF", "Rapid Support Forces", "Rapid Support Forces (RSF)", "paramilitary RSF",
            "paramilitaries", "Sudan's RSF")
SAF = actor("Military Forces of Sudan", "Sudanese army", "Sudan army", "SAF", "Sudanese Armed Forces", "army",
            "Sudan's army", "Military Forces of Sudan (2019-)", code="SDN")
SAF_ALLIES = actor("Sudan Shield Forces", "army-allied fighters", "army-allied militias", "militias",
                   "Military Forces of Sudan", "Sudanese army", "SAF", "army", "Sudanese soldiers",
                   "unidentified armed group", "gunmen")
SSD_RIOT = actor("Rioters (South Sudan)", "rioters", "mobs", "youths", "crowds", "angry crowds",
                 "South Sudanese youths", "Protesters (South Sudan)")
SDN_TRADERS = actor("Civilians (Sudan)", "Sudanese nationals", "Sudanese traders", "Sudanese", "civilians",
                    "traders", "shopkeepers", "Sudanese-owned shops")
SSD_CIV = actor("Civilians (South Sudan)", "South Sudanese", "South Sudanese nationals", "civilians",
                "South Sudanese civilians", "migrant workers")
THA = actor("Military Forces of Thailand", "Thailand", "Thai army", "Thai soldiers", "Thai troops",
            "Royal Thai Army", "Second Army Region", "Thai military", "Military Forces of Thailand (2024-)",
            code="THA")
KHM = actor("Military Forces of Cambodia", "Cambodia", "Cambodian army", "Cambodian soldiers", "Cambodian troops",
            "Royal Cambodian Armed Forces", "RCAF", "Cambodian military", "Phnom Penh",
            "Military Forces of Cambodia (1993-)", code="KHM")
IND = actor("Military Forces of India", "Indian army", "army", "soldiers", "troops", "Indian soldiers",
            "security forces", "Military Forces of India (2014-)", code="IND")
MILITANTS_IND = actor("militants", "unidentified armed group", "Unidentified Armed Group (India)",
                      "terrorists", "gunmen", "attackers", "insurgents", "Islamist militants")
TATMADAW = actor("Military Forces of Myanmar", "Myanmar military", "military", "junta", "Myanmar army",
                 "Tatmadaw", "air force", "military government", "Military Forces of Myanmar (2021-)",
                 code="MMR")
KIA = actor("KIA", "Kachin Independence Army", "Kachin Independence Organisation", "KIO", "Kachin rebels")
MNDAA = actor("MNDAA", "Myanmar National Democratic Alliance Army", "Three Brotherhood Alliance",
              "Brotherhood Alliance", "Kokang rebels", "ethnic armed group", "rebels")
MEX_POL = actor("Police Forces of Mexico", "police", "state police", "police officers",
                "Guerrero state police", "municipal police", "Police Forces of Mexico (2018-) State Police",
                "security forces", code="MEX")
MEX_GANG = actor("unidentified armed group", "Unidentified Armed Group (Mexico)", "armed group", "gunmen",
                 "criminal group", "cartel", "attackers", "armed civilians", "Los Tlacos", "La Familia Michoacana")
MEX_OFFICIALS = actor("Government of Mexico", "Civilians (Mexico)", "mayor", "Alejandro Arcos",
                      "Francisco Tapia", "officials", "municipal official", "Chilpancingo city council",
                      "Government of Mexico (2024-) Municipal Government")

# ---- places ------------------------------------------------------------------------------------------
KRAMATORSK = place(["Kramatorsk", "Ria Pizza", "Donetsk", "Donetsk region", "Donetsk oblast"], "UKR", 48.7389, 37.5848)
BILENKE = place(["Bilenke", "Kramatorsk", "Donetsk region"], "UKR")
UMAN = place(["Uman", "Cherkasy region", "Cherkasy oblast"], "UKR", 48.7484, 30.2218)
NOVI_SAD = place(["Novi Sad", "Vojvodina"], "SRB", 45.2671, 19.8335)
BELGRADE = place(["Belgrade", "Autokomanda", "Beograd"], "SRB", 44.8176, 20.4569)
NERKIN_HAND = place(["Nerkin Hand", "Syunik", "Syunik province", "Kapan"], "ARM")
TEGH = place(["Tegh", "Syunik", "Syunik province", "Lachin corridor", "Lachin"], "ARM", 39.5575, 46.4836)
AZE_BORDER = place(["Azerbaijan", "Armenia-Azerbaijan border", "border"], "AZE")
KINSHASA = place(["Kinshasa", "Gombe", "Palais de la Nation", "Palace of the Nation"], "COD", -4.3033, 15.3100)
GOMA = place(["Goma", "North Kivu", "Nord-Kivu"], "COD", -1.6792, 29.2228)
OMDURMAN = place(["Omdurman", "Sabreen market", "Sabrein market", "Khartoum", "Khartoum state"], "SDN",
                 15.6445, 32.4777)
JUBA = place(["Juba", "Central Equatoria"], "SSD", 4.8594, 31.5713)
WAU = place(["Wau", "Western Bahr el Ghazal"], "SSD", 7.7029, 27.9953)
WAD_MADANI = place(["Wad Madani", "Wad Medani", "Gezira", "Al Jazirah", "Gezira state"], "SDN", 14.4012, 33.5199)
GEZIRA = place(["Gezira", "Al Jazirah", "Gezira state", "Al Jazirah state", "Wad Madani", "Wad Medani"], "SDN")
CHONG_BOK = place(["Chong Bok", "Ubon Ratchathani", "Nam Yuen", "Preah Vihear", "Emerald Triangle",
                   "Thailand-Cambodia border"], "THA")
CHONG_BOK_KHM = place(["Chong Bok", "Ubon Ratchathani", "Preah Vihear", "Preah Vihear province", "Emerald Triangle",
                       "Thailand-Cambodia border"], "THA")
GULMARG = place(["Gulmarg", "Botapathri", "Baramulla", "Baramulla district", "Jammu and Kashmir", "Kashmir"],
                "IND", 34.0484, 74.3805)
MACHEDI = place(["Machedi", "Badnota", "Kathua", "Kathua district", "Jammu and Kashmir"], "IND")
DESA = place(["Desa", "Desa forest", "Doda", "Doda district", "Jammu and Kashmir"], "IND")
JAMMU = place(["Jammu region", "Jammu", "Jammu and Kashmir"], "IND")
LAIZA = place(["Laiza", "Mung Lai Hkyet", "Mung Lai Hkyet camp", "Kachin", "Kachin State", "Waingmaw"], "MMR",
              24.7600, 97.5600)
LAUKKAING = place(["Laukkaing", "Laukkai", "Kokang", "Shan", "northern Shan State", "Shan State"], "MMR",
                  23.6930, 98.7600)
EL_PAPAYO = place(["El Papayo", "Coyuca de Benitez", "Coyuca de Benítez", "Guerrero"], "MEX")
CHILPANCINGO = place(["Chilpancingo", "Guerrero"], "MEX", 17.5506, -99.5058)

# ==== 1. Kramatorsk (live blog) ===========================================================================
P1 = wd("2023-06-28", "Wednesday")
D_KRAM = wd("2023-06-27", "Tuesday")
doc("ukraine-kramatorsk-liveblog-2023-06-28", P1, "Dnipro Live Desk",
    "Live: Russian missile hits crowded restaurant in Kramatorsk",
    "live blog (GMT, newest first)",
    """Live: Russian missile hits crowded restaurant in Kramatorsk

All times GMT. Newest entries first.

Wednesday 28 June

1420 GMT - The toll has risen to 10 dead, among them three teenagers, Donetsk regional governor Pavlo Kyrylenko says. He says 61 people were wounded. Rescuers have now cleared most of the rubble of the restaurant.

1105 GMT - Ukraine's SBU security service says it has detained a man suspected of helping to direct Tuesday's strike. According to the SBU, the man, who worked for a gas transport company, filmed the restaurant and passed the footage to Russian intelligence. He faces life in prison if convicted.

0840 GMT - Eight people are now confirmed dead, the national police say, including two 14-year-old sisters. Eighteen people have been pulled alive from the ruins since last night.

0610 GMT - Russia's defence ministry has not commented directly. A Kremlin spokesman, asked about the strike, repeated that Russian forces hit only military targets. Ukrainian officials say the building was an ordinary pizzeria popular with residents, soldiers and visiting journalists.

Tuesday 27 June

2130 GMT - Rescuers worked through the night. President Volodymyr Zelenskiy, in his nightly address, called the strike a brutal attack on the city and said everyone responsible would be held to account.

1850 GMT - A second missile struck the village of Bilenke on the outskirts of Kramatorsk, damaging houses. Officials say five people were wounded there but nobody was killed.

1725 GMT - At least four people are dead, police say. About 40 are wounded. The restaurant, Ria Pizza, and neighbouring shops were largely destroyed. Among the injured, according to the Colombian embassy, are members of a visiting Colombian delegation of writers and a former peace negotiator.

1650 GMT - A Russian missile has hit the centre of Kramatorsk, a city in Ukraine's eastern Donetsk region, at about 19:30 local time. The strike hit a restaurant that was busy on a summer evening. Local officials say it was an Iskander short-range missile.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, UKR_CIV, D_KRAM, None, KRAMATORSK, (4, 10),
           note="Iskander missile on Ria Pizza, Tuesday 27 June ~19:30 local; toll 4 then 8 then 10 within the blog"),
        ev("e2", REMOTE, MISSILE, RUS, civ("UKR"), D_KRAM, None, BILENKE, (0, 0),
           note="second missile on Bilenke, five wounded, 'nobody was killed'"),
        ev("e3", STRAT, ARRESTS, SBU, SUSPECT_UKR, D_KRAM, P1, KRAMATORSK,
           note="SBU detention of a suspected spotter, announced Wednesday; date of the detention not stated: 27-28 June"),
    ])

# ==== 2. Kramatorsk (newspaper, two days later) ============================================================
P2 = wd("2023-06-30", "Friday")
doc("ukraine-kramatorsk-mourning-2023-06-30", P2, "The Kyiv Ledger",
    "Kramatorsk buries its dead as toll from restaurant strike reaches 12",
    "newspaper",
    """KRAMATORSK - The city held its first funerals on Friday for the victims of Tuesday evening's missile strike on a pizza restaurant, as the number of dead rose to 12. Among them were three teenage girls, twin sisters aged 14 and a 17-year-old, regional officials said. More than 60 people were wounded.

Rescue crews ended their search on Thursday after pulling the last bodies from the ruins of Ria Pizza, a restaurant on one of Kramatorsk's main squares that had been crowded with families, soldiers and volunteers. The Colombian novelist Hector Abad Faciolince, who was dining there with Ukrainian writer Victoria Amelina, said in a radio interview that he had survived because a wall had sheltered him. Amelina remained in a critical condition in hospital in Dnipro.

Russia's defence ministry said on Thursday that its forces had struck a temporary command post of a Ukrainian army brigade in Kramatorsk and killed two generals and dozens of officers. Ukrainian officials rejected the claim as invented, and no evidence for it was produced.

The Security Service of Ukraine has charged the man it detained on Tuesday evening with treason, saying he had filmed the restaurant and sent the images to a Russian handler. The SBU said he was a local employee of a gas transport company.

The strike revived memories of April 28, when Russian cruise missiles tore through a nine-storey apartment block in Uman, far from the front in central Ukraine, as residents slept, killing 23 people, six of them children. In both cases, Ukrainian prosecutors say, the weapons used were precise enough for the targets to have been chosen.

Kramatorsk lies about 30 km from the front line and has been hit repeatedly since Russia's full-scale invasion began. Mayor Oleksandr Honcharenko urged residents who remain in the city to avoid crowded places in the evenings and to follow air-raid warnings.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, UKR_CIV, D_KRAM, None, KRAMATORSK, (12, 12),
           same_as="ukraine-kramatorsk-liveblog-2023-06-28/e1",
           note="'Tuesday evening' in a Friday report: 27 June; toll 12; Russia's claim of a command post is a claim, not an event"),
        ev("e2", STRAT, ARRESTS, SBU, SUSPECT_UKR, D_KRAM, None, KRAMATORSK,
           same_as="ukraine-kramatorsk-liveblog-2023-06-28/e3",
           note="the detention 'on Tuesday evening' (the charge is not a new event)"),
        ev("e3", REMOTE, MISSILE, RUS, civ("UKR"), wd("2023-04-28", "Friday"), None, UMAN, (23, 23),
           note="background: Uman apartment block, April 28, 23 killed"),
    ])

# ==== 3. Novi Sad (newspaper) ================================================================================
P3 = wd("2025-01-28", "Tuesday")
doc("serbia-novi-sad-students-2025-01-28", P3, "Danube Herald",
    "Serbian prime minister resigns after attack on students in Novi Sad",
    "newspaper",
    """BELGRADE - Serbia's prime minister, Milos Vucevic, resigned on Tuesday, hours after a group of men wielding baseball bats attacked students in Novi Sad, the latest turn in three months of protests that have become the biggest challenge to President Aleksandar Vucic's rule.

The attack happened shortly after midnight, when students were putting up posters for a protest near an office of the ruling Serbian Progressive Party (SNS) in the centre of Novi Sad. Several men came out of the building and set upon them, witnesses said. A female student was struck on the head with a bat and taken to hospital with a broken jaw. Police said they had arrested three men, and Vucic said the attackers would be punished whoever they were.

Announcing his resignation, Vucevic, a former mayor of Novi Sad, said he was taking responsibility to calm tensions. The city's current mayor, Milan Djuric, also stepped down. Opposition leaders called the moves a distraction and demanded a transitional government.

By the afternoon, thousands of students and residents had marched through Novi Sad to the SNS office, blowing whistles and holding up red-painted hands. The march passed off peacefully, with police keeping their distance.

The day before, on Monday, tens of thousands of people blocked the Autokomanda junction, one of Belgrade's busiest road intersections, for most of the day in a general strike called by the students, bringing traffic in the capital to a standstill. Shops, schools and some courts closed in support.

The protests began after the concrete canopy of Novi Sad's renovated railway station collapsed on November 1, killing 15 people. Students blame corruption and negligence in state building projects and have occupied faculties across the country since December. Vucic has accused foreign intelligence services of fuelling the unrest, without giving evidence, and has called the demonstrators' demands a battle that the state would not lose.
""",
    [
        ev("e1", [VAC, RIOTS], [ATTACK, MOB], SNS, STUDENTS_SRB, P3, None, NOVI_SAD,
           note="bat attack on students 'shortly after midnight' on Tuesday; one student badly hurt, no death figure"),
        ev("e2", STRAT, ARRESTS, SRB_POL, SNS, P3, None, NOVI_SAD, optional=True,
           note="three men arrested: a component of the attack"),
        ev("e3", PROTESTS, PEACEFUL, STUDENTS_SRB, None, P3, None, NOVI_SAD,
           note="afternoon march to the SNS office, peaceful"),
        ev("e4", PROTESTS, PEACEFUL, STUDENTS_SRB, None, wd("2025-01-27", "Monday"), None, BELGRADE,
           note="Autokomanda junction blockade, general strike"),
        ev("e5", PROTESTS, PEACEFUL, STUDENTS_SRB, None, "2024-11-01", P3, place(["Serbia"], "SRB"), optional=True,
           note="three months of protests since the canopy collapse (the collapse is an accident, no event); placeless series"),
    ])

# ==== 4. Nerkin Hand (wire) ===================================================================================
P4 = wd("2024-02-13", "Tuesday")
doc("armenia-nerkin-hand-wire-2024-02-13", P4, "Caucasus Wire",
    "Four Armenian soldiers killed as Azerbaijan announces 'revenge operation'",
    "wire",
    """YEREVAN, Feb 13 (Caucasus Wire) - Four Armenian soldiers were killed and one was wounded early on Tuesday when Azerbaijani forces opened fire on an Armenian position near the village of Nerkin Hand in the southern province of Syunik, Armenia's defence ministry said.

Azerbaijan's State Border Service said it had carried out what it called a "revenge operation" in response to a provocation the previous evening. It said Armenian forces had fired on Azerbaijani positions on the border on Monday evening, wounding an Azerbaijani soldier, and that the post from which the shots came had been "completely destroyed".

Armenia's defence ministry denied that its troops had fired on Monday, calling the Azerbaijani account false. Prime Minister Nikol Pashinyan said the killing of the soldiers was a serious blow to the peace process and convened his security council. The European Union's civilian monitoring mission in Armenia said it was in contact with both sides.

It was the deadliest incident on the border since Azerbaijan took full control of Nagorno-Karabakh last year, and came as the two neighbours try to finish a peace treaty. Baku and Yerevan have yet to agree how to mark the 1,000-km frontier, stretches of which were never formally drawn after the Soviet Union collapsed.

Fighting flares periodically. On April 11 last year, four Armenian and three Azerbaijani soldiers were killed in a firefight near the village of Tegh, close to the road that then linked Armenia with Karabakh, with each side blaming the other for starting it.

Azerbaijani President Ilham Aliyev, who won re-election last week, has warned that Baku will answer any provocation. Armenian officials accused him of using force to press territorial demands in talks.
""",
    [
        ev("e1", BATTLES, CLASH, AZE, ARM, P4, None, NERKIN_HAND, (4, 4), responds_to=["e2"],
           note="'revenge operation in response to a provocation': explicit link to Monday's claimed fire; weapon not stated"),
        ev("e2", BATTLES, CLASH, ARM, AZE, wd("2024-02-12", "Monday"), None, AZE_BORDER, optional=True,
           note="Azerbaijan's claim of Armenian fire Monday evening wounding a soldier, denied by Armenia; place is only 'the border'"),
        ev("e3", BATTLES, CLASH, either(ARM, AZE), either(AZE, ARM), wd("2023-04-11", "Tuesday"), None, TEGH, (7, 7),
           note="background: Tegh firefight, 4 Armenian + 3 Azerbaijani soldiers"),
        ev("e4", BATTLES, REGAINS, AZE, actor("Nagorno-Karabakh forces", "Artsakh Defence Army", "Karabakh Armenians"),
           "2023-01-01", "2023-12-31", place(["Nagorno-Karabakh", "Karabakh"], "AZE"), optional=True,
           note="'took full control of Nagorno-Karabakh last year': an incident already in the corpus, undated here"),
    ])

# ==== 5. Kinshasa (wire) ======================================================================================
P5 = wd("2024-05-20", "Monday")
D_KIN = wd("2024-05-19", "Sunday")
doc("drc-kinshasa-coup-attempt-2024-05-20", P5, "Congo River Wire",
    "Congo army says it foiled coup attempt in Kinshasa; six dead",
    "wire",
    """KINSHASA, May 20 (Congo River Wire) - Congo's army said it had foiled an attempted coup in Kinshasa early on Sunday, after armed men attacked the home of a senior politician and briefly occupied the presidential offices at the Palais de la Nation.

The attackers, some dressed in military fatigues, first stormed the residence of Vital Kamerhe, an economy minister and a candidate for speaker of the national assembly, in the Gombe district at about 4:30 a.m. Two police officers guarding the house were killed in the exchange of fire, Kamerhe's spokesman said. Kamerhe and his family were unhurt.

The group then drove to the nearby Palais de la Nation, where they filmed themselves waving the flag of Zaire, as the country was called under Mobutu Sese Seko. The Republican Guard retook the building within hours.

Army spokesman General Sylvain Ekenge said on state television that the leader of the group, Christian Malanga, a Congolese politician living in the United States who heads a small exile party, had been killed while resisting arrest. He said four attackers in all had been killed and around 50 arrested, among them three US citizens, one of them Malanga's son. That puts the day's toll at six.

The US ambassador said Washington was shocked by the reports of American involvement and would cooperate with the Congolese authorities. President Felix Tshisekedi did not speak in public on Sunday; his spokeswoman said the situation was under control.

Residents of Gombe, the administrative heart of the capital, said they had woken to heavy gunfire. Traffic returned to the district's main boulevards by Sunday afternoon.
""",
    [
        ev("e1", BATTLES, CLASH, MALANGA, FARDC, D_KIN, None, KINSHASA, (6, 6),
           note="attack on Kamerhe's house and the Palais de la Nation, both in Gombe, one morning: one event; 2 police + 4 attackers"),
        ev("e2", STRAT, ARRESTS, FARDC, MALANGA, D_KIN, P5, KINSHASA, optional=True,
           note="about 50 arrested including three US citizens: a component"),
        ev("e3", BATTLES, REGAINS, FARDC, MALANGA, D_KIN, None, KINSHASA, optional=True,
           note="Republican Guard retook the Palais de la Nation: part of e1"),
    ])

# ==== 6. Goma (newspaper) =====================================================================================
P6 = wd("2023-09-01", "Friday")
doc("drc-goma-sect-crackdown-2023-09-01", P6, "Kivu Chronicle",
    "Dozens killed as soldiers break up anti-UN protest in Goma",
    "newspaper",
    """GOMA - Congolese soldiers opened fire on members of a religious sect who were gathering for a protest against the United Nations peacekeeping mission in Goma on Wednesday, killing at least 43 people, the government said. Local rights groups said on Thursday that they had counted more than 50 bodies.

The members of the group, known as Natural Judaic and Messianic Faith towards the Nations, whose followers call themselves Wazalendo (patriots), had called a march for Wednesday morning to demand the departure of MONUSCO and other foreign forces from eastern Congo. The city's authorities had banned the march.

Before dawn, soldiers of the Republican Guard surrounded the sect's church and radio station in the Ndosho district. Residents said troops fired into the compound and on worshippers in the surrounding streets. Earlier in the morning, according to the army, sect members had stoned a police officer to death. Videos shared on social media showed bodies piled into the back of a military truck.

Government spokesman Patrick Muyaya said on Thursday that the death toll stood at 43 and that 56 people had been wounded. He said about 150 people had been arrested, including the sect's leader, and that the government had sent a delegation led by the interior and defence ministers to Goma.

On Thursday the army said it had detained six soldiers, among them two colonels, who would be tried by a military court for their part in the killings. Human rights groups welcomed the move but said the chain of command should also be investigated.

Goma, the capital of North Kivu province, is ringed by fighting between the army and M23 rebels, and anger at the UN mission, which many residents accuse of failing to protect them, runs high.
""",
    [
        ev("e1", [PROTESTS, VAC], [EXCESSIVE, ATTACK], SECT, FARDC, wd("2023-08-30", "Wednesday"), None, GOMA,
           (43, 50), note="soldiers fired on the sect's gathering: government 43, rights groups 'more than 50'; "
                          "protesters actor1 (ACLED order) or, as an attack, FARDC actor1 accepted via either below"),
        ev("e2", RIOTS, MOB, SECT, FARDC, "2023-08-30", None, GOMA, (1, 1), optional=True,
           note="police officer stoned to death earlier that morning: a component of the same place and day"),
        ev("e3", STRAT, ARRESTS, FARDC, SECT, "2023-08-30", P6, GOMA, optional=True,
           note="about 150 arrested including the leader"),
        ev("e4", STRAT, ARRESTS, FARDC, FARDC, "2023-08-30", P6, GOMA, optional=True,
           note="six soldiers detained (announced Thursday)"),
    ])
SET.docs[-1][1][0]["actor1"] = either(SECT, FARDC)
SET.docs[-1][1][0]["actor2"] = either(FARDC, SECT)

# ==== 7. Omdurman (wire brief) ================================================================================
P7 = wd("2025-02-02", "Sunday")
doc("sudan-omdurman-market-brief-2025-02-02", P7, "Nile Wire",
    "RSF shelling of Omdurman market kills at least 54",
    "wire brief",
    """PORT SUDAN, Feb 2 (Nile Wire) - Shells fired by the paramilitary Rapid Support Forces hit the crowded Sabreen vegetable market in Omdurman on Saturday, killing at least 54 people and wounding 158, Sudan's health ministry said. A volunteer medical group put the toll at 56. Most of the victims were women and children shopping for food, doctors said. The RSF, which has been losing ground in the capital region to the army, did not comment; it has previously denied targeting civilians.
""",
    [
        ev("e1", REMOTE, MISSILE, RSF, civ("SDN", "shoppers", "market-goers"), wd("2025-02-01", "Saturday"), None,
           OMDURMAN, (54, 56), note="health ministry 54, volunteer medics 56"),
    ])

# ==== 8. Juba riots (wire) ===================================================================================
P8 = wd("2025-01-18", "Saturday")
doc("south-sudan-juba-riots-2025-01-18", P8, "Equatoria Wire",
    "South Sudan imposes curfew after attacks on Sudanese traders",
    "wire",
    """JUBA, Jan 18 (Equatoria Wire) - South Sudan's police imposed a dusk-to-dawn curfew across the country on Saturday after crowds looted Sudanese-owned shops and attacked Sudanese nationals in Juba and other towns, in retaliation for the killing of South Sudanese civilians in Sudan's Gezira state.

Gangs of young men roamed several neighbourhoods of the capital overnight into Friday, breaking into shops and homes and beating people they took to be Sudanese, witnesses said. Gunfire was heard in Juba's Gudele and Konyokonyo areas. On Friday, similar attacks were reported in Wau, in the northwest, where residents said shops owned by Sudanese traders were set on fire.

Sudan's foreign ministry said on Saturday that at least 16 Sudanese had been killed in South Sudan since Thursday and called on Juba to protect its citizens. South Sudanese police did not give a toll but said dozens of people had been arrested.

The anger was set off by videos, widely shared this week, that showed men in uniform killing unarmed South Sudanese in villages around Wad Madani, the capital of Gezira state. Sudan's army and allied fighters of the Sudan Shield Forces retook Wad Madani from the Rapid Support Forces last Saturday, a major gain in the 21-month war. South Sudan's government said dozens of its citizens had been killed in the days that followed; Sudan's army condemned what it called individual violations and promised an inquiry.

President Salva Kiir appealed for calm in a televised address and urged South Sudanese not to take the law into their own hands against Sudanese, who he said were also victims of the war. Hundreds of thousands of people have fled from Sudan into South Sudan since April 2023.
""",
    [
        ev("e1", RIOTS, [MOB, VIOLENT], SSD_RIOT, SDN_TRADERS, wd("2025-01-16", "Thursday"), wd("2025-01-17", "Friday"),
           JUBA, None, responds_to=["e3"],
           note="'overnight into Friday' in Juba; 'in retaliation for the killing of South Sudanese civilians'; "
                "the 16 dead cover Juba and other towns: null here, the total an optional aggregate (e5)"),
        ev("e2", RIOTS, [MOB, VIOLENT], SSD_RIOT, SDN_TRADERS, wd("2025-01-17", "Friday"), None, WAU, None,
           responds_to=["e3"], note="Wau shops burned on Friday; same retaliation"),
        ev("e3", VAC, ATTACK, SAF_ALLIES, SSD_CIV, wd("2025-01-11", "Saturday"), "2025-01-17", GEZIRA, None,
           note="killings of South Sudanese around Wad Madani 'in the days that followed' the recapture; 'dozens' per Juba"),
        ev("e4", BATTLES, REGAINS, SAF, RSF, wd("2025-01-11", "Saturday"), None, WAD_MADANI,
           note="'last Saturday' in a Saturday report: the Saturday a week before, 11 January"),
        ev("e5", RIOTS, [MOB, VIOLENT], SSD_RIOT, SDN_TRADERS, "2025-01-16", P8,
           place(["South Sudan", "Juba"], "SSD"), (16, 16), optional=True,
           note="aggregate: 16 Sudanese killed in South Sudan since Thursday (several places)"),
        ev("e6", STRAT, ARRESTS, actor("Police Forces of South Sudan", "police", "South Sudanese police", code="SSD"),
           SSD_RIOT, "2025-01-16", P8, JUBA, optional=True, note="dozens arrested, undated"),
        ev("e7", STRAT, OTHER, actor("Police Forces of South Sudan", "police", "Government of South Sudan", code="SSD"),
           None, P8, None, place(["South Sudan"], "SSD"), optional=True, note="nationwide curfew"),
    ])

# ==== 9. Chong Bok (wire) =====================================================================================
P9 = wd("2025-05-28", "Wednesday")
doc("thailand-cambodia-chong-bok-wire-2025-05-28", P9, "Mekong Wire",
    "Cambodian soldier killed in brief border firefight with Thai troops",
    "wire",
    """BANGKOK/PHNOM PENH, May 28 (Mekong Wire) - A Cambodian soldier was killed early on Wednesday when Thai and Cambodian troops exchanged fire in a disputed stretch of their border known as Chong Bok, near the point where Thailand, Cambodia and Laos meet, officials on both sides said.

The Thai army said the shooting began at about 5:30 a.m. when Cambodian soldiers who had entered the disputed area opened fire on a Thai patrol, which responded. It said the exchange lasted about ten minutes and that no Thai soldiers were hurt. Cambodia's defence ministry gave a different account, saying Thai troops had attacked a Cambodian position on Cambodian land in Preah Vihear province, and that its forces had fought back in self-defence.

Both armies later said local commanders had met and agreed to de-escalate. Thai Prime Minister Paetongtarn Shinawatra said the clash was a misunderstanding and that Thailand wanted a peaceful solution through talks. Former Cambodian prime minister Hun Sen, who still leads the ruling party, said Cambodia would not give up territory and would ask the International Court of Justice to rule on four disputed areas.

The 817-km border has never been fully demarcated, and the two countries have argued for decades over temples and hilltops along it. Clashes around the Preah Vihear temple between 2008 and 2011 killed at least 28 people before the ICJ ruled in Cambodia's favour in 2013.

A Thai army spokesman said troops on the border were on alert and would respond to any further incursion.
""",
    [
        ev("e1", BATTLES, CLASH, either(KHM, THA), either(THA, KHM), P9, None, CHONG_BOK, (1, 1),
           note="each side blames the other; 1 Cambodian soldier; location disputed (Ubon Ratchathani / Preah Vihear), coded THA without a point"),
        ev("e2", BATTLES, CLASH, either(THA, KHM), either(KHM, THA), "2008-01-01", "2011-12-31",
           place(["Preah Vihear", "Preah Vihear temple"], "KHM"), (28, 28), optional=True,
           note="2008-2011 clashes as a period aggregate"),
    ])

# ==== 10. Thailand-Cambodia (long-form analysis) ==================================================================
P10 = wd("2025-07-17", "Thursday")
doc("thailand-cambodia-border-analysis-2025-07-17", P10, "The Bangkok Review",
    "A landmine, a leaked phone call and a border that will not calm down",
    "long-form analysis",
    """ANALYSIS - Three Thai soldiers were wounded on Wednesday when one of them stepped on a landmine while on patrol near Chong Bok, in Ubon Ratchathani province, the Thai army said. One lost his right foot. None was killed. The army said the mine was a newly laid Russian-made PMN-2, not a relic of Cambodia's civil war, and accused Cambodian forces of planting it in breach of the Ottawa treaty that both countries have signed. Cambodia's defence ministry denied laying new mines and said the soldiers had strayed off agreed paths into an area littered with old ordnance.

It is the kind of incident that, in a calmer year, would have been handled by local commanders over tea. This is not a calm year. On May 28, Thai and Cambodian troops traded fire for about ten minutes at Chong Bok, and a Cambodian soldier was killed. Each side still says the other fired first.

What followed was a slow-motion escalation fought mostly without guns. Cambodia stopped importing Thai fuel, fruit and vegetables and banned Thai films and television. Thailand restricted crossings at the land border, leaving only students, patients and essential trade to pass. In June, Cambodia's former leader Hun Sen leaked the recording of a phone call in which Thai Prime Minister Paetongtarn Shinawatra, his family's old friend, called him "uncle" and criticised a Thai regional army commander. The leak broke her coalition, and on July 1 the Constitutional Court suspended her from office pending an ethics case.

The wound is also political in Bangkok. Nationalist groups rallied outside Government House in late June to demand her resignation, and the army, which has staged two coups against governments led by her family, has cast itself as the defender of the border. On Thursday, the acting prime minister said Thailand would lodge a protest with Cambodia and with the treaty's secretariat, and the army said it would respond to any further violation.

Phnom Penh, for its part, is trying to move the dispute to the International Court of Justice, which Thailand does not recognise as having jurisdiction over these areas. Hun Manet, the prime minister, says Cambodia wants a legal settlement, not a war. Diplomats in both capitals say they fear the opposite is closer than either government admits: with troops reinforced on both sides, fresh mines and no agreed line, a small incident could become a large one.
""",
    [
        ev("e1", REMOTE, IED, either(KHM, UNID), THA, wd("2025-07-16", "Wednesday"), None, CHONG_BOK, (0, 0),
           note="landmine wounds three Thai soldiers, 'None was killed'; Cambodia denies laying it"),
        ev("e2", BATTLES, CLASH, either(KHM, THA), either(THA, KHM), "2025-05-28", None, CHONG_BOK, (1, 1),
           same_as="thailand-cambodia-chong-bok-wire-2025-05-28/e1", note="recalled 'On May 28'"),
        ev("e3", PROTESTS, PEACEFUL, actor("Protesters (Thailand)", "nationalist groups", "protesters",
                                           "demonstrators"), None, "2025-06-20", "2025-06-30",
           place(["Bangkok", "Government House"], "THA", 13.7563, 100.5018), optional=True,
           note="nationalist rally 'in late June', no day"),
        ev("e4", STRAT, OTHER, THA, KHM, "2025-06-01", P10, CHONG_BOK_KHM, optional=True,
           note="border crossing restrictions and trade bans: not violent events"),
    ])

# ==== 11. Gulmarg (newspaper) ================================================================================
P11 = wd("2024-10-25", "Friday")
doc("india-gulmarg-ambush-2024-10-25", P11, "Himalayan Courier",
    "Two soldiers and two porters killed in militant ambush near Gulmarg",
    "newspaper",
    """SRINAGAR - Two soldiers and two civilian porters working for the army were killed on Thursday evening when militants fired on an army vehicle near Botapathri, on the road above the ski resort of Gulmarg in north Kashmir's Baramulla district, officials said on Friday. Three other soldiers and a porter were wounded.

The vehicle was carrying troops back towards a post near the Line of Control when it came under fire from a forested slope, an army officer said. The attackers escaped into the forest. Troops backed by drones and dogs were searching the area on Friday, and the road to Gulmarg was closed to tourists.

No group had claimed the attack by Friday afternoon. Police said they suspected a small group of foreign militants who had crossed the Line of Control in recent months.

Omar Abdullah, who became chief minister of Jammu and Kashmir last week at the head of the region's first elected government in six years, called the attack unfortunate and said it must be condemned in the strongest terms. Opposition leaders said the government in New Delhi had failed to match its claims that militancy had been defeated.

The ambush is the latest in a run of attacks that security officials say shows militants have changed tactics, favouring hit-and-run strikes on army vehicles in forested terrain. Between June and mid-August, officials say, militants carried out at least eight attacks in the Jammu region, which had been largely quiet for years. On July 8, five soldiers were killed when their truck was ambushed with grenades and rifle fire near Machedi in Kathua district. A week later, on July 15, four soldiers, among them a captain, were killed in a gunfight with militants in the Desa forest of Doda district.

The violence has also hit outsiders working in Kashmir, raising fears among migrant labourers before the winter, when many leave the valley.
""",
    [
        ev("e1", BATTLES, CLASH, MILITANTS_IND, either(IND, civ("IND", "porters")), wd("2024-10-24", "Thursday"), None,
           GULMARG, (4, 4), note="ambush on an army vehicle: 2 soldiers + 2 porters killed"),
        ev("e2", BATTLES, CLASH, MILITANTS_IND, IND, wd("2024-07-08", "Monday"), None, MACHEDI, (5, 5),
           note="background: Machedi (Kathua) ambush, 5 soldiers"),
        ev("e3", BATTLES, CLASH, either(MILITANTS_IND, IND), either(IND, MILITANTS_IND), wd("2024-07-15", "Monday"),
           None, DESA, (4, 4), note="background: Desa forest gunfight, 4 soldiers"),
        tally("t1", MILITANTS_IND, None, "2024-06-01", "2024-08-20", JAMMU, 8,
              note="'Between June and mid-August ... at least eight attacks in the Jammu region'"),
        ev("e4", STRAT, OTHER, IND, MILITANTS_IND, P11, None, GULMARG, optional=True,
           note="search operation on Friday"),
    ])

# ==== 12. Laiza camp (garbled) =================================================================================
P12 = wd("2023-10-10", "Tuesday")
doc("myanmar-laiza-camp-garbled-2023-10-10", P12, "Asia Daily Buzz",
    "29 killed including children in blast on displaced camp near Laiza, junta deny airstrike",
    "garbled machine-rewritten web copy",
    """29 killed including children in blast on displaced camp near Laiza, junta deny airstrike

Yangon - At least 29 people which included 11 children are killed and 56 others got injured after a powerful explosion have hit a camp for internally displaced persons near the town of Laiza in Kachin state on Monday night, said the Kachin Independence Army (KIA) and the local rescuers on Tuesday.

The blast hit the Mung Lai Hkyet camp at around 11.30 pm when most of the residents was sleeping, it destroyed houses and a church and a school nearby. The KIA spokesman Colonel Naw Bu tell the media that the military junta had carried out an air strike and that artillery also was used, he call it a war crime targeting innocent civilians.

But the spokesman of the military government Major General Zaw Min Tun has deny any air strike was made in the area, he suggest that the explosion maybe came from a store of explosives belonged to the KIA which blow up inside the camp. The rebels reject this explanation.

Rescue workers said that a large crater was seen at the site and that bodies of the victims were collected in the morning, many of the wounded was moved to the hospital in Laiza. The camp house around 1,000 peoples who fled fighting in the area during the past years.

The UN humanitarian office said it is deeply concerned and called for accountability.

Source link

Leave a Comment
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], either(TATMADAW, actor("unidentified", "unidentified armed group")),
           civ("MMR", "displaced people", "IDPs", "internally displaced persons", "Civilians (Myanmar)"),
           wd("2023-10-09", "Monday"), None, LAIZA, (29, 29),
           note="'Monday night' ~23:30; KIA says air strike (and artillery), junta denies: either actor, either sub-type"),
    ])

# ==== 13. Laukkaing (wire) ====================================================================================
P13 = wd("2024-01-06", "Saturday")
doc("myanmar-laukkaing-falls-2024-01-06", P13, "Irrawaddy Dispatch",
    "Rebels take Laukkaing as hundreds of Myanmar troops surrender",
    "wire",
    """YANGON, Jan 6 (Irrawaddy Dispatch) - An ethnic armed group in northern Myanmar said it had taken full control of Laukkaing, the capital of the Kokang region on the border with China, after the military's regional command there surrendered, the biggest single defeat for the junta since it seized power in 2021.

The Myanmar National Democratic Alliance Army (MNDAA) said its fighters entered the headquarters of the Laukkaing Regional Operations Command on Thursday and that the town was completely in its hands by Friday. It said more than 2,000 soldiers and their family members had laid down their weapons, among them six brigadier generals, and that it had seized tanks, artillery and large stocks of ammunition.

A junta spokesman, Major General Zaw Min Tun, said troops had left Laukkaing after negotiations, to protect the families living at the base, and did not describe it as a surrender. He said the military would not give up and would take back the territory.

The MNDAA is part of the Three Brotherhood Alliance, which began a coordinated offensive in northern Shan State in late October and has since captured hundreds of military posts and several towns along the Chinese border. The junta, which had relied on air strikes to slow the advance, was stretched by attacks on many fronts.

China, which has close ties to both the junta and the Kokang fighters, has hosted talks between the two sides and called on them to agree a ceasefire. Beijing has been angered by the cyber-scam compounds in Laukkaing that held thousands of trafficked workers, many of them Chinese.
""",
    [
        ev("e1", BATTLES, OVERTAKE, MNDAA, TATMADAW, wd("2024-01-04", "Thursday"), wd("2024-01-05", "Friday"),
           LAUKKAING, note="headquarters entered Thursday, town fully held Friday; surrender, no toll"),
        ev("e2", BATTLES, [OVERTAKE, CLASH], MNDAA, TATMADAW, "2023-10-20", "2024-01-05",
           place(["northern Shan State", "Shan State", "Shan"], "MMR"), optional=True,
           note="the offensive since late October: an incident already in the corpus (fresh10), a vague series here"),
    ])

# ==== 14. El Papayo (official statement paraphrase) ===============================================================
P14 = wd("2023-10-24", "Tuesday")
doc("mexico-coyuca-ambush-statement-2023-10-24", P14, "Pacific Coast Bulletin",
    "Guerrero security group: 13 police killed in ambush in Coyuca de Benitez",
    "official statement (paraphrase)",
    """STATEMENT - Coordination Group for the Construction of Peace in Guerrero - Chilpancingo, 24 October 2023

The Coordination Group for the Construction of Peace in Guerrero reports that on the afternoon of Monday, 23 October, a patrol of the State Police and of the municipal Public Security Secretariat of Coyuca de Benitez was attacked by members of a criminal group on the road at the community of El Papayo, in the municipality of Coyuca de Benitez.

As a result of the aggression, 13 members of the security forces lost their lives, among them the municipal Secretary of Public Security of Coyuca de Benitez. The attackers fired on the vehicles from several positions.

The Coordination Group condemns these cowardly acts and expresses its deepest condolences to the families of the fallen officers, who will receive all the support the law provides.

Immediately after the events, elements of the Secretariat of National Defence, the National Guard, the State Police and the State Prosecutor's Office deployed in the area to secure the site, gather evidence and locate those responsible. Air support is taking part in the operation.

The State Prosecutor's Office has opened an investigation for the crimes of homicide and those that may result. No detentions have been reported so far.

The Coordination Group reiterates that it will not allow criminal groups to challenge the authority of the State and that the operation will continue in the Costa Grande region until those responsible are brought to justice.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], MEX_GANG, MEX_POL, wd("2023-10-23", "Monday"), None, EL_PAPAYO,
           (13, 13), note="ambush of a state and municipal police patrol; 13 killed incl. the municipal security chief"),
        ev("e2", STRAT, OTHER, actor("Military Forces of Mexico", "SEDENA", "National Guard", "army",
                                     "Secretariat of National Defence", "Police Forces of Mexico", code="MEX"),
           MEX_GANG, "2023-10-23", P14, EL_PAPAYO, optional=True, note="deployment after the ambush"),
    ])

# ==== 15. Chilpancingo (garbled) ===============================================================================
P15 = wd("2024-10-07", "Monday")
doc("mexico-chilpancingo-mayor-garbled-2024-10-07", P15, "NoticiasMX Now",
    "Chilpancingo mayor Alejandro Arcos murdered just six days after taking office",
    "garbled machine-rewritten web copy",
    """Chilpancingo mayor Alejandro Arcos murdered just six days after taking office

The mayor of Chilpancingo, capital city of the Guerrero state, Alejandro Arcos was murdered on Sunday only six days after he take the office, the state authorities has confirmed, his body was found inside a vehicle on a road in the outskirts of the city and it was decapitated according to the local media.

Arcos of the opposition PRI-PAN-PRD coalition, was sworn in last week on Monday and he had told in a press conference that he will ask for protection to the federal government after the killing of one of his team. On last Thursday, the secretary of the city council Francisco Tapia was shot to death by gunmen in Chilpancingo, which the mayor called a cowardly attack.

The governor of Guerrero Evelyn Salgado condemned the killing and said the state prosecutor opened an investigation and that all the lines will be examined, no person is arrested so far.

President Claudia Sheinbaum which took office on October 1 said in her morning conference on Monday that the government will collaborate with the prosecutor to find the responsibles and there will be no impunity.

The Chilpancingo area is disputed by the criminal groups Los Ardillos and Los Tlacos who fight for control of the drug trafficking and extortion of the transport and markets in the capital, last year a lot of violence was reported there and people marched for peace many times.

Source link

Share this:

Related Posts
""",
    [
        ev("e1", VAC, ATTACK, MEX_GANG, MEX_OFFICIALS, wd("2024-10-06", "Sunday"), None, CHILPANCINGO, (1, 1),
           note="mayor killed Sunday; 'the outskirts of the city'"),
        ev("e2", VAC, ATTACK, MEX_GANG, MEX_OFFICIALS, wd("2024-10-03", "Thursday"), None, CHILPANCINGO, (1, 1),
           note="'last Thursday' in a Monday report: 3 October; council secretary shot dead"),
    ])

# ==== 16. Negative: airline fare war ==============================================================================
P16 = wd("2024-09-16", "Monday")
doc("business-thai-airline-fare-war-2024-09-16", P16, "Siam Business Daily",
    "Budget airlines open new front in Thai fare war",
    "business (negative: metaphors)",
    """BANGKOK - Thailand's budget airlines fired the opening salvo of the high-season fare war on Monday, as the biggest carriers slashed ticket prices on domestic routes in a battle for travellers that analysts warned could leave casualties among the weaker players.

Thai AirAsia launched an attack on its rivals' most profitable routes with one-way fares from Bangkok to Chiang Mai and Phuket at less than the price of a taxi to the airport. Within hours, Thai Lion Air and Nok Air hit back with their own promotions, and analysts said the carpet-bombing of discount fares would go on until the end of the year.

"It is a dogfight, and nobody is going to blink first," said a Bangkok-based aviation analyst. "The airline with the deepest pockets will win this war of attrition."

The price war comes as the industry recovers from the pandemic, which killed off demand for two years and left several carriers under siege from creditors. Nok Air, which went through a court-supervised rehabilitation, has been fighting to hold its ground against larger rivals, while Thai Airways, the national carrier, is preparing to return to the stock market after its own restructuring.

Airport operators welcomed the offensive, saying cheaper fares would help them reach record passenger numbers. Tourism officials, who have set a target of 36 million foreign visitors this year, said domestic travel was also booming.

But some investors are nervous. Shares in listed carriers fell after the announcements, and one fund manager said the campaign was a killer blow to margins in the quarter. Another said the airlines were "shooting themselves in the foot" by training customers to wait for a sale.

Executives insisted they were ready for the fight. "We will defend every route," said a spokesman for one carrier, declining to be named because the company's strategy was still being finalised.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
