"""Write demo/fresh12/docs.jsonl and demo/fresh12/gold.jsonl: sixteen blind reports (sub-Saharan Africa,
South/Southeast Asia and the Americas).

Run from anywhere: `python3 demo/fresh12/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public
incidents (2018-2025) in our own words, written as of their `published` date from facts in public
reporting, simplified where unsure. Outlets are fictional with `.example` URLs; quotations are paraphrases.
Not a factual reference. Gold follows shared/contract/README.md and the "Gold conventions" of demo/README.md;
every weekday relied on is asserted with wd(), and gold_kit's checks run before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402
from gold_kit import (ABDUCT, ARRESTS, ATTACK, BATTLES, CLASH, EXCESSIVE, IED, INTERVENTION, LOOT, MOB,  # noqa: E402
                      OTHER, OVERTAKE, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, VAC, VIOLENT)
from gold_kit import noted_ev as ev  # noqa: E402

SET = gold_kit.BlindSet()
doc = SET.doc


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "residents", "villagers", *extra)


def protesters(country, *extra):
    return actor(f"Protesters ({country})", "protesters", "Protesters", "demonstrators", *extra)


def rioters(country, *extra):
    return actor(f"Rioters ({country})", "rioters", "Rioters", "mob", "a mob", *extra)


# ---- Uganda: Bobi Wine's arrest and the Kampala protests (live blog, then garbled copy) -----------------
UGA_POLICE = actor("Police Forces of Uganda", "Uganda Police", "Ugandan police", "police", "security forces",
                   "Local Defence Unit", "soldiers", "Military Forces of Uganda", "UPDF", code="UGA")
BOBI = actor("Bobi Wine", "Robert Kyagulanyi", "Kyagulanyi", "National Unity Platform", "NUP",
             "opposition candidate", "Political party (Uganda)")
UGA_PROT = protesters("Uganda", "supporters of Bobi Wine", "Bobi Wine supporters", "National Unity Platform",
                      "NUP", "youths", "rioters", "Rioters (Uganda)")
KAMPALA = place(["Kampala", "Kampala Central", "Kalerwe", "Nateete", "Kampala district"], "UGA", 0.3476, 32.5825)
LUUKA = place(["Luuka", "Luuka district", "Busoga", "Eastern Region", "eastern Uganda"], "UGA")
P1 = "2020-11-19"
doc("uganda-kampala-protests-liveblog-2020-11-19", P1, "Lake Basin Live",
    "LIVE: Uganda unrest after opposition candidate Bobi Wine detained", "live blog (GMT, newest first)",
    """Uganda unrest - live updates

Thursday 19 November

17:40 GMT - Toll rises to 16
Police spokesman Fred Enanga told a news conference in Kampala that 16 people had now died in two days of rioting and that 45 others were being treated for injuries. He said 350 people had been arrested across the country and accused the rioters of trying to "overthrow" public order. Hospitals in the capital told reporters the real figure could be higher.

14:05 GMT - "Seven bodies" at Mulago
A doctor at Mulago national referral hospital said seven bodies with gunshot wounds had been brought in since Wednesday evening. Among them, relatives said, was a boda-boda rider shot near Kalerwe market.

11:20 GMT - Fresh clashes in the city centre
Tear gas hung over downtown Kampala for a second day as groups of young men set tyres alight and blocked roads in Nateete and near the old taxi park. Soldiers in armoured trucks were seen firing live rounds into the air. Shops on Kampala Road stayed shut.

09:00 GMT - What we know so far
- Robert Kyagulanyi, the singer-turned-politician known as Bobi Wine, was arrested on Wednesday at a campaign stop in Luuka district in eastern Uganda. Police say he broke coronavirus rules limiting rallies to 200 people.
- News of the arrest brought his supporters onto the streets of Kampala within hours. Police and soldiers fired tear gas and bullets; by Wednesday night at least three people were reported dead.
- Protests also broke out in Jinja and Masaka, according to local media.
- The National Unity Platform (NUP) says its candidate is being held at a police station in Nalufenya. The government has not said when he will be charged.

Wednesday 18 November

19:30 GMT - Police say the protests were "a response" to the detention and warn they will not be tolerated; security minister says anyone "causing chaos" will be dealt with.
""",
    [
        ev("e1", STRAT, ARRESTS, UGA_POLICE, BOBI, wd("2020-11-18", "Wednesday"), None, LUUKA,
           note="arrest of Bobi Wine at a campaign stop in Luuka district"),
        ev("e2", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE, INTERVENTION], UGA_PROT, UGA_POLICE, "2020-11-18", None,
           KAMPALA, None, responds_to=["e1"],
           note="Wednesday's protests in Kampala over the arrest (3 dead by Wednesday night; 16 over two days is the total)"),
        ev("e3", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE, INTERVENTION], UGA_PROT, UGA_POLICE, wd(P1, "Thursday"), None,
           KAMPALA, None, responds_to=["e1"],
           note="Thursday's clashes; per-day toll not given (16 over two days, optional aggregate e4)"),
        ev("e4", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], UGA_PROT, UGA_POLICE, "2020-11-18", P1, KAMPALA, (16, 16),
           optional=True, note="two-day aggregate, 16 dead, 45 hurt, 350 arrested (mostly Kampala)"),
        ev("e5", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], UGA_PROT, UGA_POLICE, "2020-11-18", P1,
           place(["Jinja"], "UGA", 0.4244, 33.2042), optional=True, note="protests in Jinja, no date or detail"),
        ev("e6", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], UGA_PROT, UGA_POLICE, "2020-11-18", P1,
           place(["Masaka"], "UGA", -0.3411, 31.7361), optional=True, note="protests in Masaka, no detail"),
    ])

P2 = "2020-11-21"
doc("uganda-unrest-toll-garbled-2020-11-21", P2, "newsdaily24 hub",
    "Uganda death toll climbs to 37 as Bobi Wine granted bail", "garbled machine-rewritten web copy",
    """Uganda death toll climbs to 37 as Bobi Wine granted bail

KAMPALA - The quantity of persons who misplaced their lives within the chaos that erupted in Uganda capital after the detention of opposition presidential aspirant Bobi Wine has climbed to 37, the police has acknowledged on Friday, greater than double the determine given one day earlier.

The bloodbath which happened in Kampala on Wednesday and Thursday was the worst violence of the election period, with safety forces firing reside bullets on the youths that burned tyres and barricade the streets, many of the useless have been bystanders in accordance with relatives. Police spokesman mentioned 37 individuals died and greater than 60 had been injured, whereas a number of hundred had been arrested for rioting and looting, 577 in line with the interior ministry.

Kyagulanyi, 38, was launched on bail by a court docket in Iganga on Friday afternoon after two nights in custody, and instructed supporters he would proceed campaigning. He was charged with breaking the covid-19 guidelines at his rally in Luuka on Wednesday, the arrest which sparked the protests in response.

President Yoweri Museveni mentioned in a televised deal with that the rioters have been being utilized by "outsiders" and that safety forces would deal with them, the opposition say the shootings have been an assault on unarmed civilians.

Share this:
Facebook
Twitter
WhatsApp

Source link
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], UGA_PROT, UGA_POLICE, wd("2020-11-18", "Wednesday"),
           wd("2020-11-19", "Thursday"), KAMPALA, (37, 37), responds_to=["e2"],
           same_as="uganda-kampala-protests-liveblog-2020-11-19/e4",
           note="the two days of unrest in Kampala, police toll 37 (earlier report: 16)"),
        ev("e2", STRAT, ARRESTS, UGA_POLICE, BOBI, "2020-11-18", None, LUUKA,
           same_as="uganda-kampala-protests-liveblog-2020-11-19/e1", note="arrest at the Luuka rally"),
    ])

# ---- Central African Republic: Alindao camp (wire, then newspaper) -----------------------------------
UPC = actor("UPC", "Union for Peace in the Central African Republic", "Union pour la Paix en Centrafrique",
            "ex-Seleka", "former Seleka", "Seleka", "armed men", "militants", "armed group")
ANTIBALAKA = actor("Anti-Balaka", "anti-balaka", "anti-Balaka militia", "Christian militia", "militia")
ALINDAO = place(["Alindao", "Alindao cathedral", "Alindao camp", "Basse-Kotto"], "CAF", 5.0276, 21.2090)
CAF_CIV = civ("Central African Republic", "displaced people", "IDPs", "displaced", "priests",
              "Muslim civilians")
P3 = "2018-11-17"
doc("car-alindao-camp-wire-2018-11-17", P3, "Ubangi Wire",
    "Dozens killed as armed group burns displaced camp in Central African Republic", "wire",
    """BANGUI, Nov 17 (Ubangi Wire) - At least 37 people, among them two Catholic priests, were killed when a camp sheltering thousands of displaced people beside the cathedral in the town of Alindao was attacked and set on fire on Thursday, UN and church officials said.

The camp, home to some 18,000 people who had fled earlier fighting in the Basse-Kotto prefecture, was almost entirely burned down, said a spokesman for the UN peacekeeping mission, MINUSCA. The bishop's residence and the mission buildings were also torched. A Caritas worker reached by telephone said she had counted 42 bodies by Friday evening and feared more lay in the ashes.

According to MINUSCA, fighters of the Union for Peace in Central Africa (UPC), one of the armed groups that grew out of the mainly Muslim Seleka coalition, stormed the site on Thursday afternoon. The mission said the assault was carried out in retaliation for the killing of a Muslim man by anti-balaka militiamen in the town that morning; anti-balaka fighters had been sheltering among the displaced, aid workers said.

Among the dead were Father Blaise Mada, the vicar general of the diocese, and Father Celestin Ngoumbango, a parish priest, the Church said. Many of the survivors fled into the bush or crowded into the area around the peacekeepers' base in the town.

Mauritanian peacekeepers stationed in Alindao were criticised by residents for failing to protect the camp. A MINUSCA spokesman said the troops had secured the area by Friday and evacuated the wounded, and that the attackers had withdrawn.

The attack was among the deadliest in the country this year and comes as rival armed groups control much of the territory outside the capital.
""",
    [
        ev("e1", VAC, ATTACK, UPC, CAF_CIV, wd("2018-11-15", "Thursday"), None, ALINDAO, (37, 42),
           responds_to=["e2"], note="camp attack, 37 (UN) to 42 bodies (Caritas), incl. two priests"),
        ev("e2", VAC, ATTACK, ANTIBALAKA, civ("Central African Republic", "Muslim man", "a Muslim man"),
           "2018-11-15", None, ALINDAO, (1, 1), note="anti-balaka killing of a Muslim man that morning"),
    ])

P4 = "2018-11-20"
doc("car-alindao-aftermath-2018-11-20", P4, "Sahel and Savanna Review",
    "After Alindao, anger at peacekeepers as toll from camp attack rises", "newspaper",
    """The number of people killed in last Thursday's attack on the displaced persons' camp in Alindao has risen to at least 60, according to local church officials, who say burial teams are still finding charred remains in the rubble of the Catholic mission. The UN's humanitarian office put the toll at 48 on Monday.

The massacre in the southern town has revived questions about the capacity of the 12,000-strong MINUSCA force. Residents said the Mauritanian contingent guarding the town did not intervene when gunmen from the ex-Seleka UPC faction overran the site in the afternoon, firing on people and setting tents and church buildings alight. MINUSCA says it was outnumbered and that its troops later escorted survivors to safety.

In Bangui on Monday, several hundred people marched to the peacekeepers' headquarters waving palm leaves and placards accusing the mission of complicity; police dispersed them with tear gas near the PK0 roundabout, witnesses said.

The UPC leader, Ali Darassa, has denied that his men targeted civilians, saying they had only fought anti-balaka fighters who had killed one of their relatives and were hiding inside the camp.
""",
    [
        ev("e1", VAC, ATTACK, UPC, CAF_CIV, wd("2018-11-15", "Thursday"), None, ALINDAO, (48, 60),
           same_as="car-alindao-camp-wire-2018-11-17/e1", responds_to=["car-alindao-camp-wire-2018-11-17/e2"],
           note="same massacre; OCHA 48, church 60; Darassa: fought those who had killed a relative (link to the earlier report's killing)"),
        ev("e2", PROTESTS, INTERVENTION, protesters("Central African Republic"),
           actor("Police Forces of the Central African Republic", "police", code="CAF"),
           wd("2018-11-19", "Monday"), None,
           place(["Bangui", "PK0", "MINUSCA headquarters"], "CAF", 4.3947, 18.5582),
           note="march on MINUSCA HQ dispersed with tear gas"),
    ])

# ---- Cameroon: Egbekaw ----------------------------------------------------------------------------
AMBA = actor("Ambazonian separatists", "separatists", "Amba fighters", "Amba boys", "armed separatists",
             "Ambazonia Defence Forces", "ADF", "gunmen", "unidentified armed group")
P5 = "2023-11-07"
doc("cameroon-egbekaw-wire-2023-11-07", P5, "Gulf of Guinea Courier",
    "Separatist fighters accused of killing at least 20 in Cameroon village", "wire",
    """BUEA, Cameroon, Nov 7 (GGC) - Gunmen stormed a village near the town of Mamfe in Cameroon's English-speaking Southwest region overnight, shooting residents and burning homes, and at least 20 people were killed, officials and residents said on Tuesday.

The attack on Egbekaw, a farming community in the Manyu division a few kilometres from Mamfe, began late on Monday and lasted several hours, a local administrator said. Some victims were burned inside their houses. Women and children were among the dead; around ten people were taken to hospital in Mamfe with gunshot and machete wounds.

A regional official later put the number of dead at 25, and said search teams were still combing the bush around the village where many people had fled.

The government blamed separatist fighters, known locally as "Amba boys", who have been fighting since 2017 for an independent state they call Ambazonia. Officials said the assailants accused villagers of collaborating with the army. No separatist group claimed the attack, and a spokesman for one faction said on social media that its fighters were not involved.

The conflict in the Northwest and Southwest regions has killed more than 6,000 people and forced hundreds of thousands from their homes, according to the International Crisis Group. Armed separatists have repeatedly attacked civilians they accuse of siding with Yaounde, while troops have been accused of burning villages.

Soldiers were deployed to Egbekaw on Tuesday morning, the army said, and a manhunt was under way.
""",
    [
        ev("e1", VAC, ATTACK, AMBA, civ("Cameroon", "villagers", "women and children"),
           wd("2023-11-06", "Monday"), P5,
           place(["Egbekaw", "Mamfe", "Manyu", "Manyu division", "Southwest region", "South-West"], "CMR"),
           (20, 25), note="overnight attack on Egbekaw, 20 then 25 dead; date Monday night into Tuesday"),
        ev("e2", STRAT, OTHER, actor("Military Forces of Cameroon", "army", "soldiers", code="CMR"), None,
           P5, None, place(["Egbekaw", "Mamfe", "Manyu"], "CMR"), optional=True,
           note="troops deployed, manhunt"),
    ])

# ---- Kenya: Saba Saba 2025 (analysis) ------------------------------------------------------------
KEN_POLICE = actor("Police Forces of Kenya", "Kenyan police", "police", "police officers", "officers",
                   "National Police Service", code="KEN")
KEN_PROT = protesters("Kenya", "young protesters", "Gen Z protesters", "Gen Z")
NAIROBI = place(["Nairobi", "Nairobi CBD", "central Nairobi", "Kenyatta Avenue", "Moi Avenue"], "KEN", -1.2864, 36.8172)
P6 = "2025-07-09"
doc("kenya-saba-saba-analysis-2025-07-09", P6, "East Africa Quarterly Online",
    "Analysis: After Saba Saba, Kenya's protest cycle hardens", "long-form analysis",
    """NAIROBI - For the third time in a month, Kenyans buried young people shot during street protests. At least 31 people were killed on Monday, when demonstrators marking Saba Saba - the July 7 anniversary of the 1990 pro-democracy rallies - clashed with police in Nairobi and 16 other counties, the state-funded Kenya National Commission on Human Rights said on Tuesday. It counted 107 injured and 532 arrests. The interior ministry gave a lower figure of 11 dead.

Police had sealed the main roads into the capital with razor wire and trucks before dawn. Officers fired tear gas and, according to witnesses, live ammunition at crowds in Kangemi and Kitengela, while in the central business district shops were looted and a supermarket was set on fire. In Ol Kalou, in Nyandarua county, residents said a police station was torched.

The cycle began with a death in custody. Albert Ojwang, a 31-year-old teacher and blogger, died in a cell at Nairobi's Central police station on Sunday, June 8, hours after being arrested over a post criticising a senior police officer. Police first said he had hit his head against a wall; a post-mortem found injuries consistent with assault, and several officers have since been charged.

In response to his death, hundreds of protesters marched through Nairobi on June 12 demanding the resignation of the deputy police chief. A second march on June 17 turned violent when gangs of men armed with whips and clubs, whom activists describe as hired "goons", set upon demonstrators downtown, beating and robbing them. The same afternoon a police officer shot Boniface Kariuki, a street vendor selling face masks, in the head at close range; he died in hospital days later.

Then came June 25, the anniversary of the 2024 storming of parliament. Amnesty Kenya said 16 people were killed that day, most of them shot by police; the rights commission later raised the national toll to 19. Businesses in Nairobi were again looted.

Analysts say the demonstrators' anger has shifted from taxes to policing itself. President William Ruto, who has called the protests an attempt to overthrow his government, said on Wednesday that police should shoot those attacking police stations "in the leg".
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, wd("2025-07-07", "Monday"), None,
           NAIROBI, None, note="Saba Saba in Nairobi; the 31 dead (11 per ministry) are across 17 counties"),
        ev("e2", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, "2025-07-07", None, NAIROBI, (11, 31),
           optional=True, note="nationwide aggregate, 11 (ministry) to 31 (KNCHR), 107 hurt, 532 arrests"),
        ev("e3", RIOTS, [VIOLENT, MOB], rioters("Kenya", "residents"), KEN_POLICE, "2025-07-07", None,
           place(["Ol Kalou", "Nyandarua", "Nyandarua county", "Ol Kalou police station"], "KEN", -0.2710, 36.3776),
           note="police station torched in Ol Kalou"),
        ev("e4", STRAT, LOOT, rioters("Kenya", "looters"), civ("Kenya", "shops", "supermarket"), "2025-07-07", None,
           NAIROBI, optional=True, note="looting in Nairobi CBD, folded into e1 by ACLED"),
        ev("e5", VAC, ATTACK, KEN_POLICE, actor("Albert Ojwang", "Civilians (Kenya)", "teacher", "blogger"),
           wd("2025-06-08", "Sunday"), None,
           place(["Central police station", "Nairobi Central police station", "Nairobi"], "KEN", -1.2833, 36.8250),
           (1, 1), note="death in custody (post-mortem: assault)"),
        ev("e6", PROTESTS, PEACEFUL, KEN_PROT, None, "2025-06-12", None, NAIROBI, responds_to=["e5"],
           note="'In response to his death' June 12 march"),
        ev("e7", RIOTS, MOB, actor("goons", "hired goons", "gangs", "Unidentified gang", "rioters",
                                   "unidentified armed group"), KEN_PROT, "2025-06-17", None, NAIROBI,
           note="June 17 attack by whip-wielding gangs on protesters"),
        ev("e8", [PROTESTS, VAC], [EXCESSIVE, ATTACK], KEN_POLICE,
           actor("Boniface Kariuki", "street vendor", "hawker", "Civilians (Kenya)", "Protesters (Kenya)"),
           "2025-06-17", None, NAIROBI, note="vendor shot in the head; died days later (after the day): null"),
        ev("e9", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, "2025-06-25", None, NAIROBI,
           None, note="June 25 anniversary protests; 16-19 dead nationwide, not per place"),
        ev("e10", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, "2025-06-25", None,
           place(["Kenya"], "KEN"), (16, 19), optional=True, note="national June 25 aggregate"),
        ev("e11", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, "2025-07-07", None,
           place(["Kangemi", "Nairobi"], "KEN", -1.2667, 36.7500), optional=True, note="Kangemi shootings"),
        ev("e12", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], KEN_PROT, KEN_POLICE, "2025-07-07", None,
           place(["Kitengela", "Kajiado"], "KEN", -1.4760, 36.9600), optional=True, note="Kitengela shootings"),
    ])

# ---- Honduras: Tamara women's prison (wire, then garbled) --------------------------------------------
BARRIO18 = actor("Barrio 18", "Barrio 18 gang", "18th Street gang", "M-18", "gang members", "inmates",
                 "maras", "Mara 18")
MS13_INMATES = actor("Prisoners (Honduras)", "inmates", "women inmates", "MS-13", "Mara Salvatrucha",
                     "rival inmates", "Civilians (Honduras)", "prisoners")
TAMARA = place(["Tamara", "Támara", "CEFAS", "Centro Femenino de Adaptacion Social", "women's prison",
                "Francisco Morazan", "Tegucigalpa"], "HND", 14.1781, -87.3467)
P7 = "2023-06-21"
doc("honduras-tamara-prison-wire-2023-06-21", P7, "Isthmus Press Agency",
    "Dozens of women killed in Honduras prison riot blamed on gang", "wire",
    """TEGUCIGALPA, June 21 (IPA) - Forty-one women were killed on Tuesday when inmates belonging to the Barrio 18 gang attacked a rival wing of Honduras' only women's prison, shooting, hacking and burning their victims, officials said.

Most of the dead were burned to death after the attackers doused a cell block with flammable liquid and set it alight, said Yuri Mora, spokeswoman for the public prosecutor's forensic agency. Others were shot or stabbed. At least seven women were taken to hospital in Tegucigalpa with gunshot and knife wounds.

The attack at the Centro Femenino de Adaptacion Social (CEFAS) in Tamara, about 25 km northwest of the capital, began on Tuesday morning, when gang members overpowered guards and entered the wing holding inmates linked to the rival Mara Salvatrucha (MS-13), officials said. Authorities later found pistols, a machete and other weapons inside.

Deputy security minister Julissa Villanueva, who heads the prison system, said the violence was a reaction to efforts to crack down on illegal activity inside the prisons, and vowed that officials would not back down.

President Xiomara Castro said she was "shocked" by the "monstrous" killing of the women, which she said had been planned by maras with the tolerance of security authorities. She promised "drastic measures".

Relatives gathered outside the morgue in Tegucigalpa late on Tuesday waiting for news.
""",
    [
        ev("e1", [VAC, RIOTS], [ATTACK, MOB], BARRIO18, MS13_INMATES, wd("2023-06-20", "Tuesday"), None, TAMARA,
           (41, 41), note="Tamara women's prison massacre, 41 dead, 7 wounded"),
    ])

P8 = "2023-06-22"
doc("honduras-tamara-garbled-2023-06-22", P8, "centralnewsflash",
    "Honduras prison massacre toll 46, army take control of jails", "garbled machine-rewritten web copy",
    """Honduras prison massacre toll 46, army take control of jails

The loss of life from the brutal assault inside feminine penitentiary of Tamara outdoors Tegucigalpa has risen to 46 lady inmates, forensic officers mentioned Wednesday, because the nation's navy police took over the administration of the jail system after the country worst jail killing in a decade.

Gang of the Barrio 18 carried out an offensive on a wing of rival prisoners on Tuesday, capturing and stabbing and then torching the mattresses, twenty-three of the useless had been burned past recognition and might be recognized solely by DNA, a spokesperson mentioned. Different reviews put the determine at 46 with some women nonetheless in crucial situation.

President Xiomara Castro fired the safety minister Ramon Sabillon and appointed police commander Gustavo Sanchez, she additionally mentioned that the navy police would take control of 26 prisons in response to the bloodbath for one yr. Within the evening, troopers and navy police entered Tamara and the nationwide penitentiary in a search operation, seizing weapons and ammunition.

The Inter-American Commission on Human Rights condemned the killing.

Share this:
Source link
""",
    [
        ev("e1", [VAC, RIOTS], [ATTACK, MOB], BARRIO18, MS13_INMATES, wd("2023-06-20", "Tuesday"), None, TAMARA,
           (46, 46), same_as="honduras-tamara-prison-wire-2023-06-21/e1", note="same massacre, toll 46"),
        ev("e2", STRAT, OTHER, actor("Military Police of Public Order", "military police", "Military Forces of Honduras",
                                     "soldiers", "troopers", code="HND"), None,
           "2023-06-21", P8, TAMARA, responds_to=["e1"], optional=True,
           note="takeover/search of Tamara 'in response to the bloodbath'; a Strategic 'Other' a coder may skip"),
    ])

# ---- Mexico: Salvatierra posada (brief) -----------------------------------------------------------
P9 = "2023-12-18"
doc("mexico-salvatierra-posada-brief-2023-12-18", P9, "Bajio Wire",
    "Gunmen kill 12 at Christmas party in Mexico's Guanajuato", "wire brief",
    """SALVATIERRA, Mexico, Dec 18 (Bajio Wire) - Twelve people were killed and at least a dozen wounded early on Sunday when armed men burst into a pre-Christmas "posada" party at a former hacienda in the town of Salvatierra, in the central state of Guanajuato, the state prosecutor's office said. The gunmen opened fire on the guests, most of them young people, before fleeing. Officials first reported 11 dead; one of the wounded died later in hospital. No arrests had been made by Monday. Guanajuato has for years been the Mexican state with the most murders, as the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel fight for control.
""",
    [
        ev("e1", VAC, ATTACK, actor("unidentified armed group", "Unidentified Armed Group (Mexico)", "gunmen",
                                    "armed men"), civ("Mexico", "guests", "party-goers", "young people"),
           wd("2023-12-17", "Sunday"), None,
           place(["Salvatierra", "Guanajuato"], "MEX", 20.2131, -100.8806), (11, 12),
           note="posada shooting, 11 then 12 dead"),
    ])

# ---- Sri Lanka: Kandy district riots ----------------------------------------------------------------
SL_MOB = rioters("Sri Lanka", "Sinhalese mobs", "Sinhala Buddhist mobs", "Sinhalese", "mobs")
MUSLIMS = civ("Sri Lanka", "Muslims", "Muslim-owned shops", "Muslim businesses", "mosque")
P10 = "2018-03-06"
doc("sri-lanka-kandy-riots-wire-2018-03-06", P10, "Serendib Press",
    "Sri Lanka declares emergency after anti-Muslim riots in Kandy district", "wire",
    """COLOMBO, March 6 (Serendib Press) - Sri Lanka declared a nationwide state of emergency on Tuesday after mobs torched Muslim-owned shops, homes and a mosque in the central Kandy district, and a young Muslim man was found dead in a burnt building.

The violence erupted on Sunday in Teldeniya and spread on Monday to the nearby town of Digana, where groups of Sinhalese men, many of them from outside the area, set fire to at least a dozen shops and houses, police said. The body of Abdul Basith, 24, was pulled from the charred upper floor of his family's shop in Digana early on Tuesday.

Police said the attacks were carried out in retaliation for the death of a Sinhalese lorry driver, H.G. Kumarasinghe, who was beaten by four Muslim men after a traffic accident in Teldeniya on February 22 and died of his injuries in hospital on Saturday. The four suspects were arrested shortly after the assault.

Police fired tear gas to disperse crowds in Digana and imposed a curfew across the district, but residents said officers were slow to intervene. Twenty-four people had been arrested by Tuesday, police spokesman Ruwan Gunasekera said.

Government spokesman Dayasiri Jayasekara said the emergency, the first since the end of the civil war, would let the army be deployed to keep order. Access to Facebook and WhatsApp was restricted in the district.

Last week a separate mob attacked Muslim-owned shops and a mosque in the eastern town of Ampara.
""",
    [
        ev("e1", RIOTS, MOB, SL_MOB, MUSLIMS, wd("2018-03-04", "Sunday"), None,
           place(["Teldeniya", "Kandy", "Kandy district", "Central Province"], "LKA", 7.2833, 80.7667),
           responds_to=["e3"], note="Sunday rioting in Teldeniya, 'in retaliation for' the driver's death"),
        ev("e2", RIOTS, MOB, SL_MOB, MUSLIMS, wd("2018-03-05", "Monday"), None,
           place(["Digana", "Kandy", "Kandy district", "Central Province"], "LKA", 7.2967, 80.7440), (1, 1),
           responds_to=["e3"], note="Digana arson, Abdul Basith found dead (early Tuesday, died in Monday's fire)"),
        ev("e3", VAC, ATTACK, actor("four Muslim men", "Muslim men", "civilians", "Rioters (Sri Lanka)"),
           actor("H.G. Kumarasinghe", "lorry driver", "Civilians (Sri Lanka)", "Sinhalese lorry driver"),
           wd("2018-02-22", "Thursday"), wd("2018-03-03", "Saturday"),
           place(["Teldeniya", "Kandy district", "Kandy"], "LKA", 7.2833, 80.7667), (1, 1),
           note="beating of the driver Feb 22, died of his injuries Saturday March 3: either date"),
        ev("e5", STRAT, ARRESTS, actor("Police Forces of Sri Lanka", "police", code="LKA"), SL_MOB,
           "2018-03-04", P10, place(["Kandy district", "Kandy"], "LKA"), optional=True, note="24 arrested"),
        ev("e6", RIOTS, MOB, SL_MOB, MUSLIMS, *gold_kit.last_week(P10),
           place(["Ampara"], "LKA", 7.2975, 81.6820), note="'last week' Ampara riot (Feb 26-27 in fact)"),
    ])

# ---- Nicaragua: Mothers' Day march ---------------------------------------------------------------
NIC_PROGOV = actor("Pro-Government Militia (Nicaragua)", "pro-government militias", "paramilitaries",
                   "armed men", "Sandinista supporters", "gunmen", "shock groups", "police", "riot police",
                   "Police Forces of Nicaragua")
NIC_PROT = protesters("Nicaragua", "marchers", "mothers", "students")
P11 = "2018-05-31"
doc("nicaragua-mothers-march-wire-2018-05-31", P11, "Isthmus Press Agency",
    "Gunfire at Managua mothers' march as Nicaragua crisis deepens", "wire",
    """MANAGUA, May 31 (IPA) - At least 11 people were killed on Wednesday when a huge march in Managua led by mothers of students killed in weeks of unrest came under fire, and clashes in other cities raised the day's toll to 15, human rights groups said on Thursday.

Hundreds of thousands of people had filled the capital's streets to honour the dead of the April protests on Nicaragua's Mothers' Day. As the march neared the National Engineering University and the national baseball stadium, gunmen in civilian clothes, some masked, opened fire from the stadium grounds, witnesses said. Marchers ran for cover and carried the wounded to a Jesuit university nearby. The Nicaraguan Center for Human Rights (CENIDH) said 79 people were hurt.

Protesters blamed police and armed pro-government groups. The government of President Daniel Ortega said in a statement that the deaths were caused by "right-wing groups" and denied that police had fired.

Deaths were also reported in Esteli, in the north, where students held the university and pro-government groups attacked them, and in Masaya, a city that has become a focus of resistance to Ortega, said CENIDH director Vilma Nunez.

Talks between the government and opposition, brokered by the Catholic bishops, were suspended on Thursday, the bishops' conference said, because the country could not negotiate "while the people are being repressed". More than 100 people have died since protests over pension cuts began on April 18.
""",
    [
        ev("e1", PROTESTS, EXCESSIVE, NIC_PROT, NIC_PROGOV, wd("2018-05-30", "Wednesday"), None,
           place(["Managua", "National Engineering University", "Universidad Nacional de Ingenieria", "UNI",
                  "national baseball stadium"], "NIC", 12.1140, -86.2362), (11, 11),
           note="gunfire on the march, 11 in Managua"),
        ev("e2", PROTESTS, EXCESSIVE, NIC_PROT, NIC_PROGOV, "2018-05-30", None,
           place(["Esteli", "Estelí"], "NIC", 13.0919, -86.3538), note="deaths in Esteli, no figure"),
        ev("e3", PROTESTS, EXCESSIVE, NIC_PROT, NIC_PROGOV, "2018-05-30", None,
           place(["Masaya"], "NIC", 11.9744, -86.0942), note="deaths in Masaya, no figure"),
        ev("e4", PROTESTS, EXCESSIVE, NIC_PROT, NIC_PROGOV, "2018-05-30", None, place(["Nicaragua"], "NIC"),
           (15, 15), optional=True, note="day's national toll"),
        ev("e5", PROTESTS, [PEACEFUL, INTERVENTION], NIC_PROT, None, "2018-04-18", None, place(["Nicaragua"], "NIC"),
           optional=True, note="start of the pension protests, placeless"),
    ])

# ---- Myanmar: Done Taw -----------------------------------------------------------------------------
MMR = actor("Military Forces of Myanmar", "Myanmar military", "Tatmadaw", "junta", "soldiers", "troops",
            "junta troops", "military", code="MMR")
PDF = actor("PDF", "People's Defence Force", "People's Defense Force", "resistance fighters",
            "local resistance fighters", "anti-junta fighters", "militants")
DONE_TAW = place(["Done Taw", "Don Taw", "Salingyi", "Salingyi township", "Sagaing", "Sagaing region"], "MMR")
P12 = "2021-12-09"
doc("myanmar-done-taw-wire-2021-12-09", P12, "Irrawaddy Basin Report",
    "Myanmar troops accused of burning 11 villagers alive in Sagaing", "wire",
    """YANGON, Dec 9 (IBR) - The charred bodies of 11 people, some of them teenagers, were found in a village in the Salingyi township of Sagaing region after soldiers rounded them up and set them on fire on Tuesday, residents and opposition officials said.

A video widely shared online, which could not be independently verified, showed the bodies lying in a circle among the smouldering remains of a hut in Done Taw village. Residents said the victims had their hands tied. The youngest was 14, according to a relative.

Villagers said troops had entered Done Taw on Tuesday morning in retaliation for an attack earlier that day in which local resistance fighters detonated a mine against a military convoy passing the village. It was not clear whether any soldiers were killed in that blast.

The shadow National Unity Government said the killings showed the "inhumane" nature of the junta. A military spokesman, Major General Zaw Min Tun, told state media the video was fabricated and that no troops had been in the area.

Sagaing, in the country's dry zone, has become the centre of armed resistance to the generals who seized power in February, and troops have torched several villages there in recent months.
""",
    [
        ev("e1", VAC, ATTACK, MMR, civ("Myanmar", "villagers", "teenagers"), wd("2021-12-07", "Tuesday"), None,
           DONE_TAW, (11, 11), responds_to=["e2"], note="11 burned alive 'in retaliation for' the mine attack"),
        ev("e2", REMOTE, IED, PDF, MMR, "2021-12-07", None, DONE_TAW, None,
           note="mine on a convoy passing the village; casualties unknown"),
    ])

# ---- Ethiopia: Merawi ----------------------------------------------------------------------------
ENDF = actor("Military Forces of Ethiopia", "Ethiopian army", "Ethiopian National Defence Force", "ENDF",
             "federal soldiers", "soldiers", "government troops", "troops", code="ETH")
FANO = actor("Fano", "Fano militia", "Amhara militia", "Fano fighters", "militiamen")
MERAWI = place(["Merawi", "Merawi town", "Mecha", "West Gojjam", "Amhara"], "ETH", 11.4090, 37.1600)
P13 = "2024-02-05"
doc("ethiopia-merawi-wire-2024-02-05", P13, "Horn Dispatch",
    "Ethiopian soldiers accused of killing dozens of civilians in Amhara town", "wire",
    """ADDIS ABABA, Feb 5 (Horn Dispatch) - Ethiopian soldiers went from house to house in the town of Merawi in the Amhara region last Monday, dragging men out and shooting them in the streets, in what residents described as a reprisal for an attack by Fano militiamen earlier that day, according to witnesses and a local official.

Fano fighters attacked army positions in the town, some 30 km south of the regional capital Bahir Dar, at dawn on January 29, setting off several hours of fighting, residents said. After the militiamen withdrew, troops began searching homes and killing civilians they accused of supporting them.

At least 45 civilians were killed, a figure given by two residents who said they helped bury the dead; one health worker put the number at more than 80. The state-appointed Ethiopian Human Rights Commission said it had received credible reports of civilian killings and was investigating. Communications in much of the region have been cut since August, and the accounts could not be independently confirmed.

A government spokesman did not respond to requests for comment. Federal officials have previously said the army targets only "extremist" armed groups.

The fighting between the federal army and Fano, a loose network of Amhara militias that fought alongside the army in the Tigray war, began last year after the government moved to disband regional forces.
""",
    [
        ev("e1", VAC, ATTACK, ENDF, civ("Ethiopia", "men", "civilians"), wd("2024-01-29", "Monday"), None, MERAWI,
           (45, 80), responds_to=["e2"], note="'reprisal' house-to-house killings, 45 to more than 80"),
        ev("e2", BATTLES, CLASH, FANO, ENDF, "2024-01-29", None, MERAWI, None,
           note="dawn Fano attack on army positions; no toll"),
    ])

# ---- Benin: Park W (army statement paraphrase) ------------------------------------------------------
BEN = actor("Military Forces of Benin", "Beninese army", "Benin army", "Benin Armed Forces", "FAB",
            "soldiers", "Beninese soldiers", code="BEN")
JNIM = actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims",
             "terrorists", "jihadists", "militants", "armed terrorist groups", "assailants", "attackers")
POINT_TRIPLE = place(["Point Triple", "W National Park", "Park W", "W Park", "Alibori", "Karimama"], "BEN")
P14 = "2025-01-09"
doc("benin-point-triple-army-2025-01-09", P14, "Dahomey Daily",
    "Army says 28 soldiers killed in attack on post in Park W", "military press release (paraphrase)",
    """The General Staff of the Benin Armed Forces announced on Thursday that twenty-eight soldiers were killed when their position at Point Triple, in the W National Park in the far north of the country, came under attack on Wednesday.

According to the army's statement, read on national television by its spokesman, the post near the border with Niger and Burkina Faso was assaulted in the afternoon by a large number of heavily armed terrorists. The soldiers fought back, and forty of the assailants were neutralised, the statement said. Several soldiers were wounded and were evacuated to Kandi and Parakou for treatment.

The statement said reinforcements had been sent, the area was under control and operations to track down the attackers who fled were continuing. It paid tribute to the "sacrifice" of the fallen and offered condolences to their families.

The army did not say which group carried out the attack. The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's Sahel affiliate, said in a message on its channels that it had overrun the position; the claim could not be verified. It was the deadliest attack on Beninese troops since jihadist violence spread from the Sahel into the country's north. In February 2022, roadside bombs killed at least eight people in the same park, most of them park rangers, along with a French instructor.
""",
    [
        ev("e1", BATTLES, CLASH, JNIM, BEN, wd("2025-01-08", "Wednesday"), None, POINT_TRIPLE, (68, 68),
           note="28 soldiers + 40 assailants 'neutralised' = 68"),
        ev("e2", REMOTE, IED, either(JNIM, actor("unidentified armed group")),
           actor("park rangers", "rangers", "Civilians (Benin)", "civilians", "French instructor"), "2022-02-01", "2022-02-28",
           place(["W National Park", "Park W", "W Park", "Alibori"], "BEN"), (8, 8),
           note="February 2022 roadside bombs in the park, at least 8 (rangers and a French instructor)"),
    ])

# ---- Mozambique: Macomia (garbled) -----------------------------------------------------------------
ISM = actor("Islamic State Mozambique", "IS-Mozambique", "ISCAP", "Islamic State Central Africa Province",
            "Al-Shabaab", "al-Shabab", "insurgents", "militants", "jihadists", "Islamic State")
MOZ = actor("Military Forces of Mozambique", "Mozambican army", "FADM", "Mozambican forces", "soldiers",
            "Military Forces of Rwanda", "Rwandan troops", code="MOZ")
MACOMIA = place(["Macomia", "Macomia town", "Macomia district", "Cabo Delgado"], "MOZ", -12.2450, 40.1240)
P15 = "2024-05-13"
doc("mozambique-macomia-garbled-2024-05-13", P15, "africa-newsroom24",
    "Insurgents attack Macomia district headquarter, looting food shops", "garbled machine-rewritten web copy",
    """Insurgents attack Macomia district headquarter, looting food shops

Tons of of insurgents linked to the Islamic State group carried out an offensive on the town of Macomia within the northern Mozambique province Cabo Delgado on Friday, the place they occupied components of the town for as much as two days and looted meals from retailers and warehouses, in accordance with native sources and the authorities.

The militants, reported to be about 100, entered from three instructions early Friday morning and clashed with the defense forces, an area official mentioned, fighters have been seen carrying baggage of rice and flour from the warehouses of support businesses and from retailers, additionally they burned a number of homes and the well being centre. Residents fled to the bush.

The Mozambican defence minister mentioned on Sunday that the military had repelled the rebels and that "some" insurgents have been killed, with out giving a determine. Islamic State's Amaq company claimed the fighters killed greater than 20 troopers, an declare that couldn't be confirmed. A number of troopers have been wounded in accordance with a hospital supply in Pemba.

The assault got here as troops of the Southern African regional mission (SAMIM) are withdrawing from the province, leaving the Mozambican and Rwandan forces.

Share this:
Twitter
Facebook
Source link
""",
    [
        ev("e1", BATTLES, CLASH, ISM, MOZ, wd("2024-05-10", "Friday"), None, MACOMIA, None,
           note="clashes in Macomia; deaths unquantified ('some', IS claim 20+): null"),
        ev("e2", STRAT, LOOT, ISM, civ("Mozambique", "shops", "aid agency warehouses", "health centre"),
           "2024-05-10", "2024-05-11", MACOMIA, note="looting of food and burning of homes during the occupation"),
        ev("e3", BATTLES, OVERTAKE, ISM, MOZ, "2024-05-10", "2024-05-11", MACOMIA, optional=True,
           note="'occupied parts of the town' for two days"),
    ])

# ---- negative: sport ------------------------------------------------------------------------------
P16 = "2023-05-22"
doc("sport-chivas-america-clasico-2023-05-22", P16, "Cancha Total",
    "Chivas storm the Azteca to knock out America", "sports report (negative)",
    """MEXICO CITY - Guadalajara blew the Clasico wide open on Sunday night. Chivas arrived at the Estadio Azteca with the semi-final goalless after the first leg and left it with a 3-1 win, a place in the Liga MX final and a dressing room that sounded like a bomb had gone off.

America had the better of the opening half hour, but Veljko Paunovic's side never stopped attacking. They struck three times after the break, the last a low shot that killed off any hope of a comeback, and America's late reply only sent the travelling fans, packed into one corner of the stadium, into wilder celebration.

One Chivas player said afterwards that they had come to fight, to "go to war" for the shirt, with the grin of a man who had just ambushed the league leaders in their own house. America coach Fernando Ortiz admitted his team had been "shot to pieces" in the second half and took responsibility for the collapse.

Police said the night passed without major incidents outside the stadium, where thousands of fans of both clubs had gathered. Chivas will face Tigres in the final, with the first leg in Monterrey on Thursday.
""",
    [])

if __name__ == "__main__":
    SET.main(HERE, reports=16)
