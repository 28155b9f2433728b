"""Write demo/fresh21/docs.jsonl and demo/fresh21/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh21/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (2019-2025) in Central Asia (Uzbekistan's Karakalpakstan, Kazakhstan's Kordai
district, the Kyrgyz-Tajik border, Tajikistan's Gorno-Badakhshan), the Caucasus (Armenia/Azerbaijan,
Georgia, Dagestan, Chechnya), the Balkans (north Kosovo; a Bosnian politics negative) and Southern Africa
(Eswatini, South Africa), in our own words, written as of their `published` date, from facts in public
reporting, simplified where unsure. Outlets are fictional with `.example` URLs; quotations are paraphrases.
Not a factual reference. Gold follows shared/contract/README.md and the "Gold conventions" of
demo/README.md; every weekday relied on is asserted with `datetime`, and the kit's checks validate
taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, GRENADE, IED,  # noqa: E402
                      INTERVENTION, LOOT, MISSILE, MOB, OTHER, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, VAC,
                      VIOLENT)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"UZB": "Uzbekistan", "KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan", "TJK": "Tajikistan",
           "AZE": "Azerbaijan", "ARM": "Armenia", "GEO": "Georgia", "RUS": "Russia", "XKX": "Kosovo",
           "SWZ": "Eswatini", "ZAF": "South Africa"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "Protesters", "demonstrators", "crowd",
                 "crowds", *extra)


def rioters(code: str, *extra):
    return actor(f"Rioters ({COUNTRY[code]})", "rioters", "Rioters", "mob", "crowd", "crowds", "protesters",
                 "looters", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "unknown persons",
             "unidentified persons", "attackers", "armed men", "unknown assailants")

# ---- actors ------------------------------------------------------------------------------------------
UZB_SF = actor("Military Forces of Uzbekistan", "Police Forces of Uzbekistan", "National Guard",
               "National Guard of Uzbekistan", "security forces", "police", "law enforcement", "Uzbek authorities",
               "Uzbek security forces", code="UZB")
UZB_GOV = actor("Government of Uzbekistan", "Uzbek authorities", "authorities", "Mirziyoyev",
                "Shavkat Mirziyoyev", "Uzbekistan", code="UZB")
KAZ_POL = actor("Police Forces of Kazakhstan", "police", "Kazakh police", "security forces", "interior ministry",
                code="KAZ")
KAZ_MOB = rioters("KAZ", "ethnic Kazakhs", "Kazakh youths", "groups of young men", "armed men", "attackers")
DUNGAN = actor("Dungan Ethnic Group (Kazakhstan)", "Dungans", "Dungan", "ethnic Dungans", "Dungan residents",
               "Civilians (Kazakhstan)", "civilians", "residents", "villagers")
KGZ_BG = actor("Military Forces of Kyrgyzstan", "Kyrgyz border guards", "Kyrgyz Border Service", "Kyrgyzstan",
               "Kyrgyz forces", "border guards", "Border Service of Kyrgyzstan", code="KGZ")
TJK_BG = actor("Military Forces of Tajikistan", "Tajik border guards", "Tajik Border Troops", "Tajikistan",
               "Tajik forces", "border guards", "Tajik side", code="TJK")
TJK_SF = actor("Military Forces of Tajikistan", "Police Forces of Tajikistan", "security forces",
               "Tajik security forces", "law enforcement", "police", "Interior Ministry", "troops",
               "Tajik authorities", "State Committee for National Security", "GKNB", code="TJK")
PAMIRI = actor("Protesters (Tajikistan)", "protesters", "Pamiri protesters", "residents", "Civilians (Tajikistan)",
               "civilians", "demonstrators", "crowd", "local residents", "Pamiris")
PAMIRI_ARMED = actor("Pamiri militia", "informal leaders", "criminal groups", "members of criminal groups",
                     "armed men", "militants", "unidentified armed group", "Civilians (Tajikistan)", "civilians",
                     "residents", "Pamiris", "protesters")
AZE = actor("Military Forces of Azerbaijan", "Azerbaijan", "Azerbaijani forces", "Azerbaijani army",
            "Azerbaijani troops", "Azerbaijani military", "Azerbaijani defence ministry", "Baku", code="AZE")
ARM = actor("Military Forces of Armenia", "Armenia", "Armenian forces", "Armenian army", "Armenian troops",
            "Armenian military", "Armenian defence ministry", "Yerevan", code="ARM")
ARTSAKH = actor("Military Forces of Artsakh", "Artsakh Defence Army", "Nagorno-Karabakh Defence Army",
                "Karabakh Armenian forces", "ethnic Armenian forces", "Armenian forces", "Armenia",
                "Military Forces of Armenia", "Karabakh forces")
AZE_POL = actor("Police Forces of Azerbaijan", "police", "Azerbaijani police", "riot police", "security forces",
                code="AZE")
GEO_POL = actor("Police Forces of Georgia", "police", "Georgian police", "riot police", "special forces",
                "interior ministry", "Ministry of Internal Affairs", "security forces", code="GEO")
FAR_RIGHT = actor("anti-LGBT groups", "counter-demonstrators", "far-right groups", "ultranationalists",
                  "mob", "Rioters (Georgia)", "rioters", "crowd", "crowds", "homophobic groups", "attackers",
                  "Alt-Info", "Georgian March")
JOURNALISTS = actor("Journalists (Georgia)", "journalists", "media workers", "reporters", "cameramen",
                    "Civilians (Georgia)", "civilians", "Tbilisi Pride", "activists")
RUS_POL = actor("Police Forces of Russia", "police", "Russian police", "riot police", "security forces",
                "law enforcement", "officers", code="RUS")
UKR = actor("Military Forces of Ukraine", "Ukraine", "Ukrainian forces", "Ukrainian drone", "Ukrainian military",
            "Ukrainian armed forces", "Kyiv", code="UKR")
RUS_SF_CHE = actor("Military Forces of Russia", "Police Forces of Russia", "special forces university",
                   "Russian University of Special Forces", "Akhmat", "Chechen security forces",
                   "Chechen police", "security forces", code="RUS")
XK_POL = actor("Police Forces of Kosovo", "Kosovo Police", "Kosovo police", "police", "police officers",
               "ROSU", "special police", "officers", code="XKX")
SERBS = actor("Rioters (Kosovo)", "rioters", "Serbs", "local Serbs", "ethnic Serbs", "Kosovo Serbs", "crowd",
              "crowds", "protesters", "Serb protesters", "mob", "Protesters (Kosovo)")
EULEX = actor("EULEX", "EU rule of law mission", "European Union Rule of Law Mission in Kosovo",
              "EULEX patrol", "EU mission")
SWZ_SF = actor("Military Forces of Eswatini", "Police Forces of Eswatini", "Umbutfo Eswatini Defence Force",
               "army", "soldiers", "security forces", "police", "troops", code="SWZ")
SWZ_PROT = protesters("SWZ", "pro-democracy protesters", "Rioters (Eswatini)", "rioters", "looters", "youths")
ZAF_RIOT = rioters("ZAF", "Zuma supporters", "Protesters (South Africa)")
ZAF_SF = actor("Police Forces of South Africa", "police", "South African Police Service", "SAPS",
               "Military Forces of South Africa", "soldiers", "army", "SANDF", "security forces", code="ZAF")

# ---- places ------------------------------------------------------------------------------------------
NUKUS = place(["Nukus", "Karakalpakstan", "Republic of Karakalpakstan"], "UZB", 42.46, 59.60)
MASANCHI = place(["Masanchi", "Massanchi", "Kordai", "Kordai district", "Korday", "Zhambyl", "Zhambyl region"],
                 "KAZ", 42.93, 75.30)
SORTOBE = place(["Sortobe", "Kordai", "Kordai district", "Korday", "Zhambyl", "Zhambyl region"], "KAZ")
AUHATTY = place(["Auhatty", "Aukhatty", "Kordai", "Kordai district", "Korday", "Zhambyl", "Zhambyl region"], "KAZ")
KORDAI = place(["Kordai", "Kordai district", "Korday", "Zhambyl", "Zhambyl region", "Masanchi"], "KAZ")
TORT_KOCHO = place(["Tort-Kocho", "Tort Kocho", "Batken", "Batken region", "Kyrgyzstan-Tajikistan border"], "KGZ")
KHOROG = place(["Khorog", "Khorugh", "Gorno-Badakhshan", "GBAO", "Badakhshan"], "TJK", 37.49, 71.55)
RUSHAN = place(["Rushan", "Rushon", "Rushan district", "Vomar", "Gorno-Badakhshan", "GBAO", "Badakhshan"], "TJK",
               37.95, 71.55)
TOVUZ = place(["Tovuz", "Tovuz district", "Tavush", "Tavush province", "Armenia-Azerbaijan border", "border"], "AZE")
AGDAM_TOVUZ = place(["Agdam", "Aghdam", "Tovuz", "Tovuz district"], "AZE")
AYGEPAR = place(["Aygepar", "Aigepar", "Chinari", "Tavush", "Tavush province", "Berd"], "ARM")
BAKU = place(["Baku", "parliament", "Milli Majlis", "Azadliq Square"], "AZE", 40.41, 49.87)
GANJA = place(["Ganja", "Gyanja"], "AZE", 40.68, 46.36)
STEPANAKERT = place(["Stepanakert", "Khankendi", "Nagorno-Karabakh", "Karabakh"], "AZE", 39.82, 46.75)
TARTAR = place(["Tartar", "Terter", "Tartar district"], "AZE", 40.34, 46.93)
TBILISI = place(["Tbilisi", "parliament", "Rustaveli Avenue", "Georgian parliament"], "GEO", 41.70, 44.80)
MAKHACHKALA = place(["Makhachkala", "Dagestan", "Republic of Dagestan"], "RUS", 42.98, 47.50)
ENDIREY = place(["Endirey", "Khasavyurt", "Khasavyurt district", "Dagestan"], "RUS", 43.16, 46.65)
GROZNY = place(["Grozny", "Chechnya", "Chechen Republic"], "RUS", 43.32, 45.69)
N_MITROVICA = place(["North Mitrovica", "Mitrovica", "Mitrovica North", "Kosovska Mitrovica", "north Kosovo"],
                    "XKX", 42.89, 20.87)
ZVECAN = place(["Zvecan", "Zvečan", "north Kosovo"], "XKX", 42.91, 20.84)
ZUBIN_POTOK = place(["Zubin Potok", "north Kosovo"], "XKX", 42.91, 20.69)
RUDARE = place(["Rudare", "Zvecan", "Zvečan", "north Kosovo"], "XKX", 42.93, 20.82)
JARINJE = place(["Jarinje", "Jarinje crossing", "Leposavic", "Leposavić", "north Kosovo"], "XKX", 43.15, 20.55)
MANZINI = place(["Manzini"], "SWZ", -26.49, 31.38)
MATSAPHA = place(["Matsapha", "Matsapha industrial area"], "SWZ", -26.51, 31.31)
MBABANE = place(["Mbabane"], "SWZ", -26.32, 31.13)
ESWATINI = place(["Eswatini", "Swaziland"], "SWZ")
DURBAN = place(["Durban", "eThekwini", "KwaZulu-Natal"], "ZAF", -29.86, 31.02)
PMB = place(["Pietermaritzburg", "KwaZulu-Natal"], "ZAF", -29.60, 30.38)
SOWETO = place(["Soweto", "Johannesburg", "Gauteng"], "ZAF", -26.27, 27.86)
ZAF = place(["South Africa", "KwaZulu-Natal", "Gauteng"], "ZAF")

# ==== 1. Nukus (newspaper) ======================================================================================
P1 = wd("2022-07-04", "Monday")
doc("uzbekistan-nukus-unrest-2022-07-04", P1, "Aral Sea Observer",
    "Eighteen killed in Karakalpakstan unrest, Uzbek authorities say",
    "newspaper",
    """TASHKENT, July 4 (Aral Sea Observer) - Eighteen people were killed and 243 injured when protests over planned changes to the status of Uzbekistan's autonomous republic of Karakalpakstan turned violent in its capital Nukus, the National Guard said on Monday, the first official toll since the unrest began on Friday.

Thousands of people gathered in central Nukus on Friday after the publication of draft constitutional amendments that would have removed Karakalpakstan's nominal right to secede by referendum. Officials said that in the evening part of the crowd marched on the buildings of the regional government and tried to seize them, and that security forces were attacked with stones and sticks. Videos shared online before the internet was cut showed wounded men lying in the streets and soldiers firing smoke grenades. Clashes went on into Saturday.

The National Guard spokesman said the dead included both protesters and members of the security forces, without giving a breakdown. Exiled Karakalpak activists said they believed the real number was higher, and Human Rights Watch called for an independent inquiry into the use of lethal force.

Police detained 516 people, the authorities said, some of whom were later released. Among those held was Dauletmurat Tazhimuratov, a lawyer and journalist whom officials describe as an organiser of the protests.

President Shavkat Mirziyoyev flew to Nukus on Saturday and announced that the articles on Karakalpakstan's status would be left unchanged. He imposed a month-long state of emergency in the republic and blamed "foreign forces" for trying to split the country, without naming them. Karakalpak activists denied receiving any outside help.

The region, which takes its name from the Karakalpak people and covers more than a third of Uzbekistan's territory, is among the poorest parts of the country, hit hard by the drying of the Aral Sea.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(rioters("UZB", "Karakalpak protesters"), UZB_SF),
           either(UZB_SF, protesters("UZB", "Karakalpak protesters")), wd("2022-07-01", "Friday"),
           wd("2022-07-02", "Saturday"), NUKUS, (18, 18),
           note="Friday's march on government buildings and the security forces' response, into Saturday; 18 dead"),
        ev("e2", PROTESTS, PEACEFUL, protesters("UZB", "Karakalpak protesters"), None, "2022-07-01", None, NUKUS,
           optional=True, note="the daytime rally before the march: same place and day, a component"),
        ev("e3", STRAT, ARRESTS, UZB_SF, protesters("UZB"), "2022-07-01", P1, NUKUS, optional=True,
           note="516 detained, undated (a component)"),
        ev("e4", STRAT, OTHER, UZB_GOV, None, "2022-07-02", None, NUKUS, optional=True,
           note="state of emergency declared Saturday"),
    ])
# ==== 2. Nukus (garbled) ========================================================================================
P2 = wd("2022-07-12", "Tuesday")
doc("uzbekistan-karakalpakstan-garbled-2022-07-12", P2, "Central Asia Daily Digest",
    "Karakalpakstan death toll rise to 21, four of them law enforcers",
    "garbled machine-rewritten web copy",
    """Karakalpakstan death toll rise to 21, four of them law enforcers

Tashkent - The number of persons who died in the mass riots in the city of Nukus on first and second of July has increased up to 21, the General Prosecutor office of Uzbekistan informed on Monday, earlier the figure was 18 people which was announced by National Guard.

According to prosecutor among the dead there is four employees of the law enforcement bodies and 17 civilians, some of them was died in hospital after the injuries. More than 200 persons still receiving medical treatment. The office said a criminal case has been opened over attempt to seize the state buildings and on calls to violate the constitutional order.

The unrest was start when the crowd protested the draft amendments of constitution about the sovereignty of Karakalpakstan, the president Mirziyoyev have later removed this amendments after he visit to Nukus. Human rights defenders and some of the foreign governments has asked for the open and independent investigation, the authorities promise that the investigation will be transparent and will involve the parliament commission.

The state of emergency in the republic continue until 2 August, the internet connection was partially restored in the region on last week according to the residents.

Source link

Leave a Comment
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(rioters("UZB", "Karakalpak protesters"), UZB_SF),
           either(UZB_SF, protesters("UZB")), "2022-07-01", "2022-07-02", NUKUS, (18, 21),
           same_as="uzbekistan-nukus-unrest-2022-07-04/e1",
           note="the Nukus riots of 1-2 July; 18 then 21 (4 law enforcers + 17 civilians)"),
    ])

# ==== 3. Kordai district (wire) =================================================================================
P3 = wd("2020-02-09", "Sunday")
doc("kazakhstan-kordai-clashes-2020-02-09", P3, "Steppe Wire",
    "Ten killed in ethnic clashes in southern Kazakhstan, thousands flee to Kyrgyzstan",
    "wire",
    """NUR-SULTAN, Feb 9 (Steppe Wire) - Ten people were killed and dozens injured when groups of young men rampaged through villages inhabited by the Dungan ethnic minority in Kazakhstan's southern Zhambyl region, setting homes and cars on fire, officials said on Sunday.

The violence broke out on Friday night in the village of Masanchi in the Kordai district, near the border with Kyrgyzstan, and spread on Saturday to the neighbouring villages of Sortobe and Auhatty, according to the interior ministry. It said crowds armed with sticks and hunting rifles had attacked residents and burned more than 30 houses and 20 shops. Police fired warning shots to separate the crowds, officials said.

The ministry said the dead had suffered gunshot and stab wounds, and that about 140 people had been injured, among them 19 police officers. It did not say how many of the dead were in each village. Forty-seven people were detained.

Local officials said the clashes grew out of a quarrel on a road between a Dungan man and Kazakh drivers earlier in the week, which turned into a brawl. Dungan community leaders said people had been attacked in their homes. Thousands of Dungans, mostly women and children, crossed into Kyrgyzstan overnight, the Kyrgyz border service said; many began to return on Sunday.

President Kassym-Jomart Tokayev said those responsible would be severely punished and sent the interior minister to the area. He said the violence was the work of provocateurs and denied that it reflected ethnic hatred. Dungans, Chinese-speaking Muslims whose ancestors fled to Central Asia in the 19th century, number about 70,000 in Kazakhstan.
""",
    [
        ev("e1", RIOTS, MOB, KAZ_MOB, DUNGAN, wd("2020-02-07", "Friday"), "2020-02-08", MASANCHI, None,
           note="began Friday night in Masanchi (overnight: Friday-Saturday); toll is not split by village: null"),
        ev("e2", RIOTS, MOB, KAZ_MOB, DUNGAN, wd("2020-02-08", "Saturday"), None, SORTOBE, None,
           note="spread on Saturday to Sortobe"),
        ev("e3", RIOTS, MOB, KAZ_MOB, DUNGAN, "2020-02-08", None, AUHATTY, None, note="and to Auhatty on Saturday"),
        ev("e4", RIOTS, MOB, KAZ_MOB, DUNGAN, "2020-02-07", "2020-02-08", KORDAI, (10, 10), optional=True,
           note="optional aggregate: 10 dead across the district"),
        ev("e5", RIOTS, MOB, either(KAZ_MOB, DUNGAN), either(DUNGAN, KAZ_MOB), "2020-02-03", "2020-02-07", KORDAI,
           optional=True, note="the road quarrel and brawl 'earlier in the week': vague, no place"),
        ev("e6", STRAT, ARRESTS, KAZ_POL, KAZ_MOB, "2020-02-07", P3, KORDAI, optional=True, note="47 detained"),
    ])

# ==== 4. Tort-Kocho (wire brief) ================================================================================
P4 = wd("2022-01-28", "Friday")
doc("kyrgyzstan-tajikistan-border-brief-2022-01-28", P4, "Fergana Valley Wire",
    "Two dead in new Kyrgyz-Tajik border shootout",
    "wire brief",
    """BISHKEK, Jan 28 (Fergana Valley Wire) - Two people were killed and about 20 wounded on Thursday when Kyrgyz and Tajik border guards exchanged fire near the Kyrgyz village of Tort-Kocho in the Batken region, officials on both sides said.

Tajikistan said the two dead were its citizens and accused Kyrgyz guards of opening fire after residents protested against a road being built across disputed land. Kyrgyzstan said Tajik troops fired first, wounding 11 of its citizens, among them border guards, and used mortars. The two sides agreed a ceasefire on Thursday evening and said on Friday it was holding.
""",
    [
        ev("e1", BATTLES, CLASH, either(KGZ_BG, TJK_BG), either(TJK_BG, KGZ_BG), wd("2022-01-27", "Thursday"), None,
           TORT_KOCHO, (2, 2), note="exchange of fire between border guards; 2 dead (Tajik), about 20 wounded"),
        ev("e2", STRAT, AGREEMENT, KGZ_BG, TJK_BG, "2022-01-27", None, TORT_KOCHO, optional=True,
           note="ceasefire agreed Thursday evening"),
    ])
# ==== 5. Rushan and Khorog (wire) ===============================================================================
P5 = wd("2022-05-19", "Thursday")
ROSHTQALA = place(["Roshtqala", "Roshtkala", "Roshtqala district", "Tavdem", "Gorno-Badakhshan", "GBAO"], "TJK")
doc("tajikistan-rushan-operation-2022-05-19", P5, "Pamir Highway Post",
    "Tajikistan launches 'anti-terrorist operation' in restive Pamir region",
    "wire",
    """DUSHANBE, May 19 (Pamir Highway Post) - Tajik security forces killed eight people in the Rushan district of the autonomous Gorno-Badakhshan region on Wednesday, the interior ministry said, as the government pressed an "anti-terrorist operation" against what it calls criminal groups in the mountainous Pamir area.

The ministry said the operation was launched in response to armed attacks on police and soldiers by "members of organised criminal groups", and that those killed had resisted arrest. It said several members of the security forces had been wounded but none killed. Residents and Pamiri activists abroad gave a very different account: they said troops opened fire on civilians who had tried to block the road through Rushan to stop military convoys heading for the regional capital Khorog, and put the number of dead in the district at at least 20. Communications with the region have been largely cut, and neither account could be verified.

The crisis began last weekend, when hundreds of people rallied in central Khorog to demand the resignation of the regional governor. On Monday, as they marched towards the governor's office, security forces fired tear gas and live rounds; one protester was killed and several were wounded, residents said. The government said the protesters had been armed and had attacked police.

Grievances in Gorno-Badakhshan have simmered since last November. On November 25, Gulbiddin Ziyobekov, a local man wanted by police, was shot dead by security officers in the Roshtqala district. The next day, when relatives and supporters carried his body to the regional administration in Khorog and hundreds demonstrated, security forces opened fire, killing two protesters.

The United Nations human rights office urged the authorities to investigate the deaths and to restore the internet. The Russian-led CSTO military alliance, of which Tajikistan is a member, said it was following events.
""",
    [
        ev("e1", [VAC, BATTLES, PROTESTS], [ATTACK, CLASH, EXCESSIVE], TJK_SF, PAMIRI_ARMED,
           wd("2022-05-18", "Wednesday"), None, RUSHAN, (8, 20),
           note="Rushan operation / shooting at road blockade: ministry 8 'criminals', residents at least 20"),
        ev("e2", BATTLES, CLASH, PAMIRI_ARMED, TJK_SF, "2022-05-14", "2022-05-18", RUSHAN, optional=True,
           note="the ministry's claimed 'armed attacks' the operation answered: undated, unplaced, disputed"),
        ev("e3", PROTESTS, EXCESSIVE, PAMIRI, TJK_SF, wd("2022-05-16", "Monday"), None, KHOROG, (1, 1),
           note="Monday's march in Khorog: one protester killed"),
        ev("e4", PROTESTS, PEACEFUL, PAMIRI, None, "2022-05-14", "2022-05-15", KHOROG, optional=True,
           note="rallies 'last weekend'"),
        ev("e5", VAC, ATTACK, TJK_SF, actor("Gulbiddin Ziyobekov", "Civilians (Tajikistan)", "civilians",
                                              "local man"), "2021-11-25", None, ROSHTQALA, (1, 1),
           note="background, 25 November 2021: Ziyobekov shot dead by security officers (arguably an arrest raid)"),
        ev("e6", PROTESTS, EXCESSIVE, PAMIRI, TJK_SF, "2021-11-26", None, KHOROG, (2, 2),
           note="background: 'the next day' 26 November 2021, two protesters killed in Khorog"),
    ])
SET.docs[-1][1][0]["responds_to"] = ["e2"]
# ==== 6. Tovuz (wire) ===========================================================================================
P6 = wd("2020-07-15", "Wednesday")
TAVUSH_POS = place(["Tavush", "Tavush province", "Armenia-Azerbaijan border", "Armenian positions", "border"], "ARM")
doc("azerbaijan-tovuz-border-fighting-2020-07-15", P6, "Caspian Gate News",
    "Azerbaijani general among dead as border fighting with Armenia enters fourth day",
    "wire",
    """BAKU, July 15 (Caspian Gate News) - Fighting between Armenian and Azerbaijani forces on their northern border continued for a fourth day on Wednesday, after Azerbaijan said a major-general and a colonel were among 11 servicemen it had lost since the clashes began on Sunday.

The fighting, the most serious between the two since 2016, broke out on Sunday afternoon along the border between Azerbaijan's Tovuz district and Armenia's Tavush province, far from the disputed region of Nagorno-Karabakh. Each side blamed the other. Armenia's defence ministry said Azerbaijani troops had tried to cross the border in a military vehicle and then opened fire with artillery when they were turned back; Azerbaijan said Armenian forces had attacked its positions with artillery.

Azerbaijan's defence ministry said on Tuesday that Major-General Polad Hashimov, chief of staff of an army corps, and Colonel Ilgar Mirzayev had been killed in the fighting, bringing its military toll to 11. Armenia has said two of its officers were killed, and that Azerbaijani drones and artillery damaged houses in the border villages of Aygepar and Chinari on Monday without causing casualties.

Azerbaijani officials said a 76-year-old man was killed on Tuesday when Armenian shells struck the village of Agdam in Tovuz. The defence ministry said its artillery then destroyed Armenian positions and equipment across the border in retaliation for the shelling of the village. Yerevan denied targeting civilians.

The deaths of the officers stirred anger in Baku, where thousands of people marched through the city overnight into Wednesday demanding mobilisation and war. Some of them broke into the parliament building; police used water cannon and tear gas to push them out, and several officers were injured, the interior ministry said. President Ilham Aliyev's office said those who had damaged state property would be held responsible.

Russia, Armenia's military ally, offered to mediate. Turkey said it would stand by Azerbaijan.
""",
    [
        ev("e1", BATTLES, CLASH, either(AZE, ARM), either(ARM, AZE), wd("2020-07-12", "Sunday"),
           wd("2020-07-14", "Tuesday"), TOVUZ, (13, 13),
           note="Sunday-Tuesday border fighting (a range): 11 Azerbaijani servicemen + 2 Armenian officers; the fighting "
                "'continued on Wednesday' is not counted (end may be Wednesday)"),
        ev("e2", REMOTE, [MISSILE, AIR], AZE, civ("ARM"), wd("2020-07-13", "Monday"), None, AYGEPAR, (0, 0),
           note="Armenian claim: drones and artillery damaged houses in Aygepar and Chinari, no casualties"),
        ev("e3", REMOTE, MISSILE, ARM, civ("AZE"), "2020-07-14", None, AGDAM_TOVUZ, (1, 1),
           note="shelling of Agdam village (Tovuz), a 76-year-old man killed"),
        ev("e4", REMOTE, MISSILE, AZE, ARM, "2020-07-14", None, TAVUSH_POS, None, responds_to=["e3"],
           note="Azerbaijani artillery 'in retaliation for the shelling of the village'; Tuesday implied by 'then'"),
        ev("e5", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], rioters("AZE", "Protesters (Azerbaijan)"), AZE_POL,
           "2020-07-14", P6, BAKU, None,
           note="march overnight into Wednesday, parliament broken into, water cannon and tear gas"),
    ])
SET.docs[-1][1][0]["date"]["end"] = P6
# ==== 7. Ganja (live blog) ======================================================================================
P7 = wd("2020-10-11", "Sunday")
MOSCOW = place(["Moscow"], "RUS", 55.76, 37.62)
doc("azerbaijan-ganja-liveblog-2020-10-11", P7, "Caucasus Live Desk",
    "Karabakh truce live: deadly strike on Ganja hours into ceasefire",
    "live blog (GMT, newest first)",
    """Karabakh truce live: deadly strike on Ganja hours into ceasefire

All times GMT. Baku and Yerevan are four hours ahead.

Sunday 11 October

14:40 Armenia's defence ministry has denied that Armenian forces fired at Ganja, calling the accusation a lie. The spokeswoman said Azerbaijani forces shelled Stepanakert, the main city of Nagorno-Karabakh, and the town of Hadrut during the night despite the truce. We cannot verify either claim.

12:15 The Azerbaijani prosecutor general's office now says nine civilians were killed and 34 wounded in the Ganja strike, up from at least seven dead in its first statement. Rescue teams are still searching the rubble of an apartment block.

09:30 Images from Ganja, Azerbaijan's second city, show a row of houses and part of a residential building flattened. A presidential aide said an Armenian missile struck the area at about 2 a.m. local time and warned that Baku would give a fitting answer.

06:05 Azerbaijan's defence ministry says Armenian forces shelled the Tartar district overnight, damaging homes. It gave no casualty figures.

Saturday 10 October

08:00 The humanitarian ceasefire agreed overnight in Moscow is due to take effect now, at noon local time. Foreign Minister Sergei Lavrov announced after ten hours of talks with his Armenian and Azerbaijani counterparts that the sides would stop fighting to exchange prisoners and bodies, and begin substantive negotiations.

Catch-up

Ganja has been hit before in this war. On October 4, rockets struck the city, killing one civilian, Azerbaijani officials said. The Karabakh Armenian leader, Arayik Harutyunyan, said his forces had targeted military facilities there in response to the bombardment of Stepanakert, which Azerbaijani artillery and drones had pounded since October 2.

Fighting broke out on September 27. Both sides have reported hundreds of military deaths.
""",
    [
        ev("e1", REMOTE, MISSILE, either(ARM, ARTSAKH, UNID), civ("AZE"), "2020-10-10", P7, GANJA, (7, 9),
           note="missile at ~2 a.m. local on the 11th (22:00 GMT on the 10th): two-day range; 7 then 9; denied"),
        ev("e2", REMOTE, [MISSILE, AIR], AZE, ARTSAKH, "2020-10-10", P7, STEPANAKERT, None,
           note="Armenian claim: Stepanakert shelled 'during the night' (Saturday-Sunday)"),
        ev("e3", REMOTE, MISSILE, either(ARM, ARTSAKH), civ("AZE"), "2020-10-10", P7, TARTAR, None,
           note="Azerbaijani claim: Tartar shelled overnight, no figures"),
        ev("e4", STRAT, AGREEMENT, AZE, ARM, "2020-10-09", "2020-10-10", MOSCOW, None,
           note="humanitarian ceasefire agreed 'overnight' in Moscow (9-10 October)"),
        ev("e5", REMOTE, MISSILE, ARTSAKH, either(civ("AZE"), AZE), "2020-10-04", None, GANJA, (1, 1), responds_to=["e6"],
           note="4 October rockets on Ganja, 1 civilian killed; 'in response to the bombardment of Stepanakert'"),
        ev("e6", REMOTE, [MISSILE, AIR], AZE, ARTSAKH, "2020-10-02", "2020-10-04", STEPANAKERT, None,
           note="Stepanakert pounded 'since October 2' (range up to the 4 October answer)"),
        ev("e7", BATTLES, CLASH, AZE, ARTSAKH, "2020-09-27", None, place(["Nagorno-Karabakh", "Karabakh"], "AZE"),
           None, optional=True, note="the war's start on 27 September: placeless region, no figure"),
    ])
# ==== 8. Tbilisi, June 2019 (newspaper) =========================================================================
P8 = wd("2019-06-21", "Friday")
doc("georgia-tbilisi-parliament-protest-2019-06-21", P8, "The Kura Chronicle",
    "Hundreds hurt as Georgian police disperse protest over Russian MP's speech",
    "newspaper",
    """TBILISI, June 21 (The Kura Chronicle) - Georgian riot police fired tear gas and rubber bullets overnight to drive back thousands of protesters who tried to force their way into the parliament building in Tbilisi, in a night of anger set off by a Russian lawmaker's address from the speaker's chair.

The health ministry said 240 people had been treated in hospital, among them about 80 police officers and several journalists. Doctors said at least two young people had lost an eye after being hit by rubber bullets. No deaths were reported. The interior ministry said 305 people had been detained.

The protest began on Thursday afternoon after Sergei Gavrilov, a Communist member of Russia's Duma, opened a session of an international assembly of Orthodox lawmakers while sitting in the speaker's seat and speaking in Russian. For many Georgians, whose country fought a brief war with Russia in 2008 and who regard two breakaway regions as occupied by Russian troops, the scene was an insult. Opposition lawmakers pushed the delegates out of the chamber.

By evening the crowd outside parliament on Rustaveli Avenue had swelled to more than 10,000. When some of them tried to break through the police cordon at the entrance, throwing bottles and seizing shields, special forces moved in. Clashes continued until dawn, with police chasing groups of protesters through side streets.

On Friday parliament speaker Irakli Kobakhidze resigned, but opposition leaders said the interior minister must also go and called a new rally for Friday evening. Ruling party leader Bidzina Ivanishvili said he shared the protesters' anger but warned that attempts to storm the legislature would not be tolerated. The Kremlin called the protests a "Russophobic provocation" and, on Friday, President Vladimir Putin suspended passenger flights to Georgia from July 8.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, INTERVENTION, VIOLENT], either(protesters("GEO"), GEO_POL),
           either(GEO_POL, protesters("GEO")), wd("2019-06-20", "Thursday"), P8, TBILISI, (0, 0),
           note="attempt to enter parliament and the overnight dispersal (Thursday into Friday); 'no deaths were reported'"),
        ev("e2", STRAT, ARRESTS, GEO_POL, protesters("GEO"), "2019-06-20", P8, TBILISI, optional=True,
           note="305 detained (a component)"),
    ])
# ==== 9. Tbilisi, July 2021 (long-form analysis) ================================================================
P9 = wd("2021-07-13", "Tuesday")
doc("georgia-tbilisi-pride-violence-analysis-2021-07-13", P9, "The Kura Chronicle",
    "A cameraman's death and the week that shook Georgian politics",
    "long-form analysis",
    """ANALYSIS - When Lekso Lashkarava was found dead in his bed on Sunday morning, six days after a crowd beat him outside the offices of the group that organises Tbilisi's Pride march, the anger that had been building in Georgia's media world boiled over.

The 37-year-old cameraman for the opposition channel TV Pirveli was one of dozens of journalists attacked on Monday, July 5, when thousands of counter-demonstrators took over central Tbilisi to stop a planned "March for Dignity". Organisers had already called the march off, saying the authorities could not guarantee their safety. It made no difference. Men in their hundreds, some of them answering calls by far-right groups and some led by priests, chased reporters through the streets, stormed the offices of Tbilisi Pride and of the Shame Movement, a civic group, and tore an EU flag from its pole outside parliament. Rights groups counted 53 media workers injured. Lashkarava suffered facial fractures and needed surgery.

Police were on the streets but largely stood by, witnesses said. Prime Minister Irakli Garibashvili had said hours earlier that holding the march was "not reasonable", remarks his critics say encouraged the mob. The government denies that, and said on Monday that the deaths of journalists should not be politicised. The interior ministry said the cameraman's death was being investigated and that preliminary findings pointed to drug use, which his family rejected.

On Sunday evening thousands of people gathered outside parliament to demand the prime minister's resignation. Colleagues of Lashkarava laid cameras on the steps. The rally was peaceful, but as it broke up a group of far-right supporters pelted some of the demonstrators with eggs and bottles, and police separated the two sides.

The week has revived memories of two earlier episodes. On May 17, 2013, a few dozen activists marking the international day against homophobia were attacked by a crowd of thousands, led by Orthodox clergy, who broke through police lines; at least 17 people were hurt. And on the night of June 20, 2019, police fired rubber bullets at protesters outside the same parliament building, angered by a Russian lawmaker's speech from the speaker's chair; some 240 people were hurt then.

What has changed since then, critics argue, is that the attacks on journalists are no longer treated as a fringe excess. Georgia's Western partners issued a joint statement condemning the violence on July 5. The ruling Georgian Dream party calls the opposition's protests an attempt to destabilise the country before local elections in October, and says it will not bow to pressure.

Whether the investigation into Lashkarava's death is credible may determine how much of that pressure persists.
""",
    [
        ev("e1", [RIOTS, VAC], [MOB, ATTACK], FAR_RIGHT, JOURNALISTS, wd("2021-07-05", "Monday"), None, TBILISI, None,
           note="5 July mob attacks on journalists and offices; 53 injured; Lashkarava died six days later, cause "
                "disputed: not scored"),
        ev("e2", PROTESTS, PEACEFUL, protesters("GEO", "journalists"), None, wd("2021-07-11", "Sunday"), None,
           TBILISI, None, note="Sunday evening rally outside parliament, peaceful (the end scuffle optional below)"),
        ev("e3", RIOTS, MOB, FAR_RIGHT, protesters("GEO"), "2021-07-11", None, TBILISI, optional=True,
           note="eggs and bottles as the rally broke up: same place and day, a component"),
        ev("e4", RIOTS, MOB, actor("Rioters (Georgia)", "crowd", "mob", "Orthodox clergy", "priests", "counter-demonstrators",
                                   "rioters"), protesters("GEO", "activists", "LGBT activists"), "2013-05-17", None,
           TBILISI, None, note="background 17 May 2013: at least 17 hurt, no deaths stated: null"),
        ev("e5", [PROTESTS, RIOTS], [EXCESSIVE, INTERVENTION, VIOLENT], either(protesters("GEO"), GEO_POL),
           either(GEO_POL, protesters("GEO")), "2019-06-20", "2019-06-21", TBILISI, None,
           same_as="georgia-tbilisi-parliament-protest-2019-06-21/e1", note="Gavrilov night recalled"),
    ])
# ==== 10. Dagestan (wire) =======================================================================================
P10 = wd("2022-09-26", "Monday")
doc("russia-dagestan-mobilisation-protests-2022-09-26", P10, "North Caucasus Report",
    "Police fire in air, detain scores as Dagestan protests against call-up",
    "wire",
    """MAKHACHKALA, Russia, Sept 26 (North Caucasus Report) - Police in Russia's Dagestan region detained more than 100 people in Makhachkala on Sunday at a protest against the military mobilisation ordered by President Vladimir Putin, and fired shots into the air to disperse villagers who blocked a highway in the region's west, witnesses and rights groups said.

Several hundred people, many of them women, gathered near a theatre in the centre of the regional capital on Sunday afternoon, chanting "No to war". Riot police pushed them back and dragged dozens into buses; videos showed protesters scuffling with officers and a woman being pulled to the ground. The OVD-Info monitoring group said more than 100 had been held by evening.

Earlier on Sunday, residents of the village of Endirey in the Khasavyurt district blocked the federal highway that runs past it, angry that many local men had been handed call-up papers. Police fired several shots into the air to clear the road, a video circulated on social media showed. No one was reported hurt.

The protests were among the largest in Russia since Putin announced the "partial mobilisation" on Wednesday. Activists say the mainly Muslim republic, which has already lost a disproportionate number of soldiers in Ukraine, is being asked to supply more men than other regions. Dagestan's head Sergei Melikov said on Monday that some men had been called up by mistake and would be sent home, but he suggested the protests had been organised from abroad.

Smaller gatherings were reported on Monday in the neighbouring republic of Kabardino-Balkaria. The Kremlin has said the mobilisation will affect only reservists with combat experience, a claim disputed by families across the country.
""",
    [
        ev("e1", PROTESTS, INTERVENTION, protesters("RUS", "women"), RUS_POL, wd("2022-09-25", "Sunday"), None,
           MAKHACHKALA, None, note="anti-mobilisation protest, more than 100 detained; no figure of casualties"),
        ev("e2", PROTESTS, [INTERVENTION, EXCESSIVE], protesters("RUS", "residents", "villagers"), RUS_POL,
           "2022-09-25", None, ENDIREY, (0, 0),
           note="highway blockade, police fired into the air; 'no one was reported hurt'"),
        ev("e3", STRAT, ARRESTS, RUS_POL, protesters("RUS"), "2022-09-25", None, MAKHACHKALA, optional=True,
           note="more than 100 detained (a component)"),
        ev("e4", PROTESTS, PEACEFUL, protesters("RUS"), None, "2022-09-26", None,
           place(["Kabardino-Balkaria", "Nalchik"], "RUS"), optional=True,
           note="'smaller gatherings' on Monday, no town"),
    ])

# ==== 11. Grozny (wire brief) ===================================================================================
P11 = wd("2024-12-05", "Thursday")
doc("russia-grozny-drone-brief-2024-12-05", P11, "North Caucasus Report",
    "Drone hits special forces building in Chechen capital",
    "wire brief",
    """GROZNY, Dec 5 (North Caucasus Report) - A drone struck a building of the Russian University of Special Forces in Grozny on Thursday morning, setting its roof on fire, Chechen leader Ramzan Kadyrov said, blaming Ukraine. No one was killed, he said, though several people were slightly hurt.

Kadyrov said a second drone had been shot down over the city. Ukraine did not comment. Chechnya, more than 1,000 km from the front line, has rarely been targeted by drones, and Kadyrov has threatened a harsh answer to any attack on the republic.
""",
    [
        ev("e1", REMOTE, AIR, either(UKR, UNID), RUS_SF_CHE, wd("2024-12-05", "Thursday"), None, GROZNY, (0, 0),
           note="'no one was killed'; Kadyrov blames Ukraine"),
        ev("e2", STRAT, DISRUPTED, RUS_SF_CHE, either(UKR, UNID), "2024-12-05", None, GROZNY, None,
           note="second drone shot down over the city"),
    ])
# ==== 12. Kosovo Police statement (October 2021) ================================================================
P12 = wd("2021-10-13", "Wednesday")
doc("kosovo-police-statement-2021-10-13", P12, "Ibar Valley Monitor",
    "Kosovo Police: ten officers injured during anti-smuggling operation in the north",
    "police statement (paraphrase)",
    """STATEMENT - Kosovo Police, General Directorate, Pristina - 13 October 2021 (unofficial summary)

This morning, 13 October 2021, the Kosovo Police, acting on orders of the prosecution, carried out an operation against smuggling and organised crime in several municipalities, including North Mitrovica and Zvecan. Searches were conducted at a number of premises and goods and documents were seized.

During the operation, in North Mitrovica, groups of citizens blocked roads with trucks and attacked police officers with stones, bottles and stun grenades. Police used tear gas to disperse them and restore freedom of movement. In Zvecan, police units came under fire from firearms; officers responded in accordance with the law.

As a result, ten police officers were injured, one of them by a firearm. They received medical treatment and their lives are not in danger. According to information from the health authorities, several citizens were also treated for injuries. No deaths have been recorded.

Several persons were arrested for attacking officers and obstructing official persons in the performance of their duties. Among those injured and detained was a foreign national employed by an international organisation, who was handed over to that organisation.

The Kosovo Police reminds the public that on 25 September unknown persons set fire to the civil registry office in Zubin Potok and threw an explosive device at the civil registry office in Zvecan, causing material damage. Nobody was injured. Investigations into those attacks are continuing.

The Kosovo Police will continue to enforce the law on the whole territory of the Republic of Kosovo and calls on citizens to remain calm and not to allow themselves to be misused by criminal structures.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], SERBS, XK_POL, wd("2021-10-13", "Wednesday"), None,
           N_MITROVICA, (0, 0), note="road blocks, stones and stun grenades, tear gas; 'no deaths have been recorded'"),
        ev("e2", BATTLES, CLASH, UNID, XK_POL, "2021-10-13", None, ZVECAN, (0, 0),
           note="police 'came under fire' in Zvecan and responded; no deaths (the toll covers both towns: both 0)"),
        ev("e3", STRAT, ARRESTS, XK_POL, SERBS, "2021-10-13", None, N_MITROVICA, optional=True,
           note="several arrested, town not stated"),
        ev("e4", STRAT, LOOT, UNID, actor("civil registry office", "Kosovo institutions", "Government of Kosovo",
                                          code="XKX"), wd("2021-09-25", "Saturday"), None, ZUBIN_POTOK, (0, 0),
           note="arson of the civil registry office (property destruction)"),
        ev("e5", REMOTE, [IED, GRENADE], UNID, actor("civil registry office", "Kosovo institutions",
                                                      "Government of Kosovo", code="XKX"),
           "2021-09-25", None, ZVECAN, (0, 0), note="explosive device thrown at the registry office; nobody injured"),
    ])
# ==== 13. North Kosovo barricades (wire) ========================================================================
P13 = wd("2022-12-11", "Sunday")
doc("kosovo-north-barricades-2022-12-11", P13, "Balkan Wire Service",
    "Serbs barricade roads in north Kosovo after ex-officer's arrest; police come under fire",
    "wire",
    """PRISTINA, Dec 11 (Balkan Wire Service) - Ethnic Serbs in northern Kosovo kept trucks and tractors parked across main roads on Sunday, a day after the arrest of a former Serb police officer triggered hours of gunfire at police and a stun grenade attack on a European Union patrol.

Kosovo police arrested Dejan Pantic on Saturday at the Jarinje crossing with Serbia on suspicion of terrorism, over attacks on the offices of the electoral commission earlier in the week. Within hours, crowds blocked the roads leading to the Jarinje and Brnjak crossings and the main road near the village of Rudare, close to Zvecan.

Police said their units near Rudare came under fire from automatic weapons for several hours on Saturday night and returned fire. No officers were hurt, police said. Late on Saturday, a stun grenade was thrown at an armoured vehicle of the EU rule of law mission, EULEX, near Rudare; the mission said none of its staff was injured and condemned the attack.

Prime Minister Albin Kurti accused "criminal gangs" backed by Belgrade of staging the unrest and said police would remove the barricades if NATO peacekeepers did not. Serbian President Aleksandar Vucic said Serbia would ask KFOR to allow up to 1,000 Serbian soldiers and police to deploy in the north, a request that analysts said had no chance of being granted; he denied that Belgrade was organising the barricades.

It is the most serious flare-up since the police raids of October 13 last year, when officers searching for smuggled goods were pelted with stones and stun grenades in North Mitrovica and ten of them were injured. Serbs walked out of Kosovo's institutions, including the police, in November in a dispute over car number plates.
""",
    [
        ev("e1", BATTLES, CLASH, either(UNID, SERBS), XK_POL, wd("2022-12-10", "Saturday"), "2022-12-11", RUDARE,
           (0, 0), note="gunfire at police near Rudare 'for several hours on Saturday night'; police returned fire; "
                        "no officers hurt (range for the night)"),
        ev("e2", REMOTE, GRENADE, either(UNID, SERBS), EULEX, "2022-12-10", None, RUDARE, (0, 0),
           note="stun grenade at an EULEX vehicle late Saturday; none of its staff injured"),
        ev("e3", STRAT, ARRESTS, XK_POL, actor("Dejan Pantic", "former police officer", "Serbs"), "2022-12-10", None,
           JARINJE, None, note="arrest of Dejan Pantic at Jarinje"),
        ev("e4", [PROTESTS, RIOTS], [PEACEFUL, VIOLENT], SERBS, None, "2022-12-10", P13, JARINJE, optional=True,
           note="barricades near Jarinje and Brnjak (and Rudare): an ACLED coder may code road blockades as protests"),
        ev("e5", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], SERBS, XK_POL, "2021-10-13", None, N_MITROVICA, None,
           same_as="kosovo-police-statement-2021-10-13/e1",
           note="raids of 13 October 2021 recalled; only the wounded here: null"),
        ev("e6", REMOTE, [IED, GRENADE], UNID, actor("electoral commission", "Central Election Commission",
                                                     "election offices"), "2022-12-05", "2022-12-09",
           place(["north Kosovo", "Kosovo"], "XKX"), optional=True,
           note="attacks on electoral commission offices 'earlier in the week': no place, no type"),
    ])
# ==== 14. Negative: Bosnian politics ============================================================================
P14 = wd("2025-03-07", "Friday")
doc("bosnia-dodik-politics-negative-2025-03-07", P14, "Sava River Review",
    "Dodik's war on the state court: a political battle with no exit",
    "politics (negative: metaphors, threats, denials)",
    """SARAJEVO, March 7 (Sava River Review) - Nine days after a court in Sarajevo sentenced him to a year in prison and banned him from politics for six years, Milorad Dodik has gone on the offensive.

The president of Bosnia's Serb-run entity, Republika Srpska, has declared what he calls a legal war on the state judiciary. This week the entity's assembly fired its biggest broadside yet, passing laws that bar the state court, the state prosecutor's office and the state investigation agency SIPA from working on its territory. Bosniak and Croat leaders called it an attack on the constitutional order, and the international community's High Representative, Christian Schmidt, said the laws were a frontal assault on the Dayton peace agreement that ended the war in 1995.

Dodik's allies say he is only returning fire. They describe the verdict, for defying the High Representative's decisions, as a political execution ordered from abroad, and say Republika Srpska is under siege. Dodik told supporters he would never go to prison and that the ruling would "die in the drawer". He denied that he was preparing secession, a charge his opponents have levelled for years, and said the entity wanted only the powers Dayton gave it.

The opposition in Banja Luka is split. Some of its leaders accuse Dodik of taking the whole entity hostage to save his own skin; others have closed ranks, unwilling to be seen as siding with Sarajevo in a fight framed as a battle for survival.

In Sarajevo, the state prosecutor's office has summoned Dodik and the entity's prime minister and assembly speaker for questioning, setting up a standoff that diplomats compare to a game of chicken. The state's nuclear option, ordering SIPA to bring them in by force, would test whether entity police obey state institutions.

Western embassies have urged calm, and the EU peacekeeping force EUFOR has said it is ready to respond if the situation deteriorates, a warning Dodik dismissed as sabre-rattling. Markets have shrugged off the crisis so far, but business groups warn that investors will not wait forever for a ceasefire between the two halves of the country.
""",
    [])

# ==== 15. Eswatini (wire) =======================================================================================
P15 = wd("2021-07-01", "Thursday")
doc("eswatini-unrest-2021-07-01", P15, "Lowveld Wire",
    "Eswatini imposes curfew, deploys army as pro-democracy unrest turns deadly",
    "wire",
    """JOHANNESBURG, July 1 (Lowveld Wire) - Soldiers patrolled the streets of Eswatini's main commercial towns on Thursday after two days of riots in which protesters demanding democratic reforms looted and burned shops, and rights groups said security forces had shot dead dozens of people.

The unrest in Africa's last absolute monarchy escalated on Tuesday, when crowds in Manzini and the industrial town of Matsapha set fire to shops, warehouses and trucks, including businesses linked to King Mswati III. Witnesses said soldiers and police fired live ammunition at protesters in both towns. The government imposed a dusk-to-dawn curfew, closed schools and shut down mobile internet.

The government has not published a toll. A coalition of pro-democracy groups said on Thursday that at least 20 people had been killed by security forces since Tuesday; an opposition party said more than 40 had died. Hospitals in Manzini said they were overwhelmed with gunshot wounds.

Acting prime minister Themba Masuku said on Thursday that the country was calm and denied reports that the king had fled to South Africa. He said the protests had been "hijacked" by criminals and that the security forces had acted to protect lives and property.

The protests began in May after the death of a law student that activists blamed on police, and spread in June when young people marched in several towns to hand in petitions calling for an elected prime minister. The government banned the delivery of petitions last week. Protesters said the burning of shops was a response to that ban and to years of repression; officials called it senseless destruction.

South Africa's government urged restraint, and the Southern African Development Community said it was sending a fact-finding mission.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(SWZ_PROT, SWZ_SF), either(SWZ_SF, SWZ_PROT),
           wd("2021-06-29", "Tuesday"), P15, MANZINI, None,
           note="Manzini riots and looting from Tuesday, security forces firing: toll not split by town: null"),
        ev("e2", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], either(SWZ_PROT, SWZ_SF), either(SWZ_SF, SWZ_PROT),
           "2021-06-29", P15, MATSAPHA, None, note="Matsapha arson and looting from Tuesday"),
        ev("e3", PROTESTS, EXCESSIVE, SWZ_PROT, SWZ_SF, "2021-06-29", P15, ESWATINI, (20, 40), optional=True,
           note="optional aggregate: at least 20 (coalition) to more than 40 (opposition party) since Tuesday"),
        ev("e4", PROTESTS, PEACEFUL, SWZ_PROT, None, "2021-06-01", "2021-06-30", ESWATINI, optional=True,
           note="June petition marches 'in several towns': placeless series"),
    ])

# ==== 16. South Africa (garbled) ================================================================================
P16 = wd("2021-07-14", "Wednesday")
MOOI = place(["Mooi River", "N3", "N3 highway", "KwaZulu-Natal"], "ZAF", -29.21, 29.99)
doc("south-africa-unrest-garbled-2021-07-14", P16, "Mzansi Breaking Updates",
    "Unrest death toll jump to 72 as army deploy in KZN and Gauteng",
    "garbled machine-rewritten web copy",
    """Unrest death toll jump to 72 as army deploy in KZN and Gauteng

The death toll from the violence and looting that is gripping KwaZulu-Natal and Gauteng provinces have risen to 72 persons, police said on Tuesday, and more than 1,200 peoples was arrested as the shopping malls and warehouses continue to be looted in the both provinces.

Among the dead, 10 people was killed in a stampede when a crowd of looters was rushing in a shopping centre in Soweto on Monday night, the police ministry said, many others was shot or died in the unclear circumstances. The figures by province given by police was 27 in KZN and 45 in Gauteng.

The unrest has started last Friday after the former president Jacob Zuma begun serving his 15 months sentence for the contempt of court, his supporters blocked the N3 highway near Mooi River on Friday night and torched more than 20 trucks. Since then the protest turn to the looting spree, in Durban hundreds of shops was emptied and in Pietermaritzburg the Brookside mall was set alight on Monday.

Government deploy 2,500 soldiers to support police, the president Cyril Ramaphosa said in address to nation the violence is "opportunistic acts of criminality" and warned that the instigators will be hunted down. Zuma foundation deny that it incite the violence.

Business groups say more than 200 shopping centres was looted so far and the damage will be in billions of rand.

Source: agencies

Share this:

Related
""",
    [
        ev("e1", RIOTS, [VIOLENT, MOB], ZAF_RIOT, None, wd("2021-07-12", "Monday"), None, SOWETO, (10, 10),
           note="looting at a Soweto shopping centre, 10 killed in the stampede (Monday night)"),
        ev("e2", RIOTS, VIOLENT, ZAF_RIOT, None, "2021-07-10", P16, DURBAN, None,
           note="Durban looting, dates vague (since the weekend): range"),
        ev("e3", RIOTS, VIOLENT, ZAF_RIOT, None, "2021-07-12", None, PMB, None,
           note="Brookside mall set alight on Monday"),
        ev("e4", [RIOTS, STRAT], [VIOLENT, LOOT], ZAF_RIOT, civ("ZAF", "truck drivers"), wd("2021-07-09", "Friday"),
           "2021-07-10", MOOI, None, note="N3 blocked and more than 20 trucks torched on Friday night"),
        ev("e5", RIOTS, VIOLENT, ZAF_RIOT, ZAF_SF, "2021-07-09", "2021-07-13", ZAF, (72, 72), optional=True,
           note="optional aggregate: 72 across two provinces (27 KZN, 45 Gauteng)"),
        tally("t1", ZAF_RIOT, None, "2021-07-09", P16, ZAF, 200, optional=True,
              note="'more than 200 shopping centres looted' (a count of places, optional)"),
        ev("e6", STRAT, ARRESTS, ZAF_SF, ZAF_RIOT, "2021-07-09", P16, ZAF, optional=True,
           note="more than 1,200 arrested, placeless"),
    ])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
