"""Write demo/fresh9/docs.jsonl and demo/fresh9/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh9/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public incidents
(2019-2025) in Chad, Sudan, Somalia, Niger and Yemen / the Red Sea, in our own words, written as of their
`published` date from facts in public reporting, simplified where unsure. Outlets are fictional with `.example`
URLs; quotations are paraphrases. Not a factual reference. Gold follows shared/contract/README.md and the
"Gold conventions" of demo/README.md; every weekday relied on is asserted, and BlindSet.main() validates
taxonomy, dates, links and same_as before anything is written. The set stresses action-reaction chains
(`responds_to`, several across reports) and cross-outlet duplicates (`same_as`).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import ABDUCT, AIR, ATTACK, BATTLES, CLASH, LOOT, MISSILE, OVERTAKE, REGAINS, REMOTE, STRAT, IED, VAC, DISRUPTED  # noqa: E402,F401
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
DOCS, doc = SET.docs, SET.doc

# ---- actors -------------------------------------------------------------------------------------
TCD = actor("Military Forces of Chad", "Military Forces of Chad (2021-)", "Military Forces of Chad (1990-2021)",
            "Chad", "Chadian army", "Chadian military", "Chadian troops", "Chadian soldiers", "Chadian forces",
            "N'Djamena", "Chadian armed forces", "ANT", "army", "soldiers", "troops", code="TCD")
BH = actor("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Boko Haram - Jamaatu Ahli",
           "jihadists", "insurgents", "militants", "assailants", "attackers", "fighters", "Islamists",
           "terrorists", "ISWAP", "Islamic State West Africa Province")
SAF = actor("Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "SAF",
            "Sudanese army", "the army", "army", "troops", "soldiers", "Burhan's forces", "Port Sudan", code="SDN")
RSF = actor("Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces", "paramilitaries",
            "paramilitary", "Hemedti's forces", "Dagalo's forces", "fighters")
USA = actor("Military Forces of the United States", "United States", "US military", "U.S. military",
            "AFRICOM", "US Africa Command", "U.S. Africa Command", "US forces", "American forces",
            "Washington", "US jets", "US warplanes", "CENTCOM", "US Central Command", code="USA")
GBR = actor("Military Forces of the United Kingdom", "United Kingdom", "UK", "Britain", "British forces",
            "Royal Air Force", "RAF", "RAF Typhoons", "London", code="GBR")
US_UK = either(USA, GBR)
SHABAAB = actor("Al Shabaab", "al-Shabaab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen", "Shabaab",
                "militants", "al-Qaeda-linked group", "al-Qaeda affiliate", "terrorists", "insurgents")
HOUTHI = actor("Ansar Allah", "Houthis", "Houthi", "Houthi rebels", "Houthi movement", "Yemen's Houthis",
               "Iran-backed Houthis", "Houthi forces", "Yahya Saree", "Sanaa", code="YEM", backer="IRN")
ISR = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
            "Israeli army", "IDF", "Israel Defense Forces", "Israeli jets", "Israeli warplanes",
            "Israeli air force", code="ISR")
ISGS = actor("Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISGS", "IS Sahel",
             "Islamic State", "gunmen", "armed bandits", "jihadists", "attackers", "assailants")


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


def crew(*extra):
    return actor("Civilians (International)", "seafarers", "crew", "sailors", "crew members", "merchant vessel",
                 "ship", "vessel", *extra)


# ---- places --------------------------------------------------------------------------------------
BOHOMA = place(["Bohoma", "Boma", "Boma peninsula", "Bohoma peninsula", "Kaiga Kindjiria", "Lac province",
                "Lake Chad", "Lac"], "TCD", 13.60, 14.10)
LAKE_ISLANDS = place(["Lake Chad", "Lac province", "islands of Lake Chad", "Lake Chad basin", "Lac"], "TCD")
BARKARAM = place(["Barkaram", "Barkaram island", "Barkara", "Lac province", "Lake Chad", "Ngouboua"], "TCD",
                 13.40, 14.20)
PALACE = place(["Republican Palace", "presidential palace", "Khartoum", "central Khartoum"], "SDN", 15.611, 32.533)
ZAMZAM = place(["Zamzam", "Zamzam camp", "Zamzam displacement camp", "Zam Zam", "El Fasher", "North Darfur",
                "al-Fashir"], "SDN", 13.47, 25.30)
ABU_SHOUK = place(["Abu Shouk", "Abu Shouk camp", "Abu Shok", "El Fasher", "North Darfur"], "SDN", 13.66, 25.33)
EL_FASHER = place(["El Fasher", "al-Fashir", "El Fasher city", "North Darfur"], "SDN", 13.63, 25.35)
AFGOYE = place(["Ex-Control Afgoye", "Ex-Control Afgooye", "Afgoye checkpoint", "Mogadishu",
                "Banadir", "outskirts of Mogadishu"], "SOM", 2.06, 45.25)
QUNYO = place(["Qunyo Barrow", "Qunyo Barow", "Lower Shabelle", "Lower Juba", "southern Somalia"], "SOM")
CALIYOOW = place(["Caliyoow Barrow", "Aliyow Barrow", "Ali Yow Barrow", "Lower Shabelle", "southern Somalia"],
                 "SOM")
GULF_ADEN = place(["Gulf of Aden", "Bab al-Mandab", "Bab el-Mandeb", "off Yemen", "Mokha", "Yemen"], "YEM")
SANAA = place(["Sanaa", "Sana'a", "Yemeni capital", "Yemen"], "YEM", 15.37, 44.19)
YEMEN_SITES = place(["Yemen", "eight locations", "Houthi-controlled areas"], "YEM")
HODEIDAH = place(["Hodeidah", "Hodeidah port", "Hudaydah", "al-Hudaydah"], "YEM", 14.80, 42.95)
RAS_ISA = place(["Ras Isa", "Ras Issa", "Ras Isa port", "Hodeidah province"], "YEM", 15.22, 42.62)
SALIF = place(["Salif", "Saleef", "al-Salif", "Salif port", "Hodeidah province"], "YEM", 15.30, 42.68)
KANATIB = place(["Ras Kanatib", "Ras Kanatib power station", "Ras Kathib", "Ras Qantib",
                 "Hodeidah province"], "YEM", 14.90, 42.90)
RED_SEA = place(["Red Sea", "southwest of Hodeidah", "off Hodeidah", "off Yemen", "Yemen"], "YEM")
ISRAEL = place(["Israel", "southern Israel", "Ben Gurion airport"], "ISR")
TAHOUA = place(["Intazayene", "Intazayen", "Bakorat", "Wistane", "Tillia", "Tillia department", "Tahoua region",
                "Tahoua"], "NER")

# =========================================================================================================
# 1. Bohoma, wire, 2020-03-24
P = "2020-03-24"
doc("chad-bohoma-wire-2020-03-24", P, "Sahel Wire Service",
    "Chad loses 92 soldiers in deadliest jihadist attack on its army", "wire",
    """N'DJAMENA, March 24 (Sahel Wire Service) - Ninety-two Chadian soldiers were killed when Boko Haram fighters overran an army position on the Bohoma peninsula on Lake Chad, President Idriss Deby said on Tuesday, calling it the heaviest loss his army had ever suffered in a single day.

The assault began before dawn on Monday and lasted around seven hours, according to security sources. Fighters arriving in motorboats and pick-up trucks surrounded the base near Kaiga Kindjiria in Lac province, a swampy area of islands and channels close to the borders with Niger and Nigeria. Forty-seven soldiers were wounded, several of them seriously, and two dozen army vehicles, including armoured trucks, were destroyed or taken, a military source said.

Deby flew to the area on Monday evening and was shown on state television walking among burnt-out vehicles. He said the assailants had also taken weapons and ammunition, and promised that the attack would not go unpunished. The government declared national mourning.

An army spokesman said reinforcements had been sent from N'Djamena and that an unknown number of attackers were killed as troops retook the position. No group had claimed the attack by Tuesday, but officials blamed the faction of Boko Haram led by Abubakar Shekau, which has grown bolder on the islands of the lake.
""",
    [
        ev("e1", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2020-03-23", "Monday"), None, BOHOMA, (92, 92),
           note="92 soldiers (Deby); attackers killed 'unknown number'; 47 wounded. Overrun base accepts Overtake"),
        ev("e2", BATTLES, [REGAINS, CLASH], TCD, BH, "2020-03-23", None, BOHOMA, None, optional=True,
           note="troops retook the position: component of the same battle"),
    ])

# 2. Bohoma, garbled copy, 2020-03-26
P = "2020-03-26"
doc("chad-bohoma-garbled-2020-03-26", P, "AfriNews Hub 24",
    "Chad army lost 98 soldier in Boko Haram attack at lake, toll rise", "garbled copy",
    """The toll of the Chadian army soldiers which lost their lives in the attack by the Boko Haram elements at the peninsula of Boma in the Lac province has increased to 98 soldiers, the sources of the army told on Wednesday, after more of the wounded men has passed away in the hospital.

The insurgents carried out an offensive on the military post at early morning of Monday, it was lasting for hours and they took away many weapons, vehicles and also the boats of the army, before the reinforcement is arriving. The president Idriss Deby Itno himself went to the front line and was vowing that the enemy will pay very expensive price.

In the neighbouring Nigeria also on the same day, the terrorists ambushed a convoy of troops near the village of Goneri in the Yobe state, killing dozens soldiers, the military sources are saying, making Monday the one of the most bloodiest day for the armies of the region in this years.

Analysts are saying the Shekau faction is taking advantage of the weakness of the joint force of the Lake Chad basin countries.

Source link
Share this:
Leave a Comment
""",
    [
        ev("e1", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2020-03-23", "Monday"), None, BOHOMA, (98, 98),
           same_as="chad-bohoma-wire-2020-03-24/e1", note="toll risen to 98"),
        ev("e2", BATTLES, CLASH, BH, actor("Military Forces of Nigeria", "Nigerian army", "Nigerian troops",
           "Nigeria", "troops", "soldiers", "convoy", code="NGA"), "2020-03-23", None,
           place(["Goneri", "Gonori", "Yobe", "Yobe state"], "NGA", 12.05, 11.72), (12, 12),
           note="ambush near Goneri the same Monday; 'dozens soldiers' = 12 by convention. Could be VAC? no: soldiers"),
    ])

# 3. Chad army statement, 2020-04-09
P = "2020-04-09"
doc("chad-army-bohoma-anger-statement-2020-04-09", P, "Chad Defence Bulletin",
    "Operation 'Bohoma Anger' ends: army says islands of the lake cleared", "military press release",
    """COMMUNIQUE (paraphrase) - The General Staff of the Chadian National Army announces the end of Operation Bohoma Anger, launched on Tuesday 31 March on the orders of the President of the Republic, Marshal Idriss Deby Itno, in response to the cowardly and barbaric attack carried out against our positions at Bohoma on 23 March.

Over eight days, units of the land and air forces, personally led by the Head of State, swept the islands and the shores of Lake Chad in Lac province. The operation ended on Wednesday. According to the General Staff, around 1,000 terrorists were neutralised, dozens of their boats and vehicles destroyed and large quantities of arms and ammunition recovered. On the side of our forces, 52 soldiers fell with honour and 196 were wounded.

The General Staff states that no Boko Haram element remains on Chadian territory around the lake, and that units pursued the fleeing enemy beyond the border before returning to their bases.

The President, speaking to troops at Bohoma on Thursday, paid tribute to the martyrs of 23 March and warned that, from now on, Chadian soldiers would no longer take part in operations outside the national territory unless the partner countries of the region did their share.

The figures in this statement could not be independently verified. Boko Haram has made no comment.
""",
    [
        ev("e1", BATTLES, CLASH, TCD, BH, wd("2020-03-31", "Tuesday"), wd("2020-04-08", "Wednesday"),
           LAKE_ISLANDS, (1052, 1052), responds_to=["chad-bohoma-wire-2020-03-24/e1"],
           note="offensive 'in response to' Bohoma (cross-report link); 1,000 militants + 52 soldiers (army claim)"),
        ev("e2", BATTLES, CLASH, TCD, BH, "2020-03-31", "2020-04-08",
           place(["beyond the border", "Niger", "Nigeria"], "NGA"), None, optional=True,
           note="pursuit beyond the border: placeless and undated component"),
        ev("e3", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2020-03-23", "Monday"), None, BOHOMA, None,
           same_as="chad-bohoma-wire-2020-03-24/e1", note="recalled 'attack ... at Bohoma on 23 March', no toll"),
    ])

# 4. Barkaram, wire brief, 2024-10-28
P = "2024-10-28"
doc("chad-barkaram-brief-2024-10-28", P, "Sahel Wire Service",
    "Around 40 Chadian soldiers killed in Lake Chad base attack", "wire brief",
    """N'DJAMENA, Oct 28 (Sahel Wire Service) - Around 40 Chadian soldiers were killed when suspected Boko Haram militants stormed a military base on Barkaram island in Lac province late on Sunday, the presidency said on Monday.

Transitional President Mahamat Idriss Deby travelled to the area and announced an operation to track down the attackers, which the army said was under way on Monday. Several soldiers were wounded. The presidency did not say how many assailants died. The base sits in a marshy area near the Nigerian border where the group has long operated.
""",
    [
        ev("e1", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2024-10-27", "Sunday"), None, BARKARAM, (40, 40),
           note="'around 40' soldiers = 40"),
        ev("e2", BATTLES, CLASH, TCD, BH, wd("2024-10-28", "Monday"), None, LAKE_ISLANDS, None,
           responds_to=["e1"], optional=True,
           note="operation 'to track down the attackers' under way Monday: link explicit, but no fighting reported yet"),
    ])

# 5. Lake Chad long-form analysis, 2024-11-12
P = "2024-11-12"
doc("chad-lake-analysis-2024-11-12", P, "The Savannah Review",
    "Chad's lake war: from Bohoma to Barkaram, the same ambush twice", "long-form analysis",
    """For soldiers posted to the islands of Lake Chad, the night of 27 October felt like a replay. Fighters loyal to Boko Haram came across the water in the dark, overwhelmed the garrison on Barkaram island and left before reinforcements could reach them. The official toll was about 40 soldiers killed, with more wounded; relatives in N'Djamena believe the real number is higher.

The template was set in March 2020. On the morning of 23 March that year, a larger force attacked the army position at Bohoma, on a peninsula a few dozen kilometres away, and killed 98 soldiers, at the time the worst single loss in the army's history. Idriss Deby, then president, answered eight days later with Operation Bohoma Anger, which ran from 31 March to 8 April 2020 and which the army said killed about 1,000 militants for the loss of 52 of its own men. Deby declared the lake cleared. Within months, the attacks resumed.

His son has reached for the same playbook. Within a day of Barkaram, Mahamat Idriss Deby, now president after the 2024 election, launched Operation Haskanite, saying he would lead the pursuit of the attackers himself. Since then the army has pushed onto the islands with air support. The presidency speaks of heavy losses inflicted on the fighters but has published no figure that can be checked, and the operation is continuing.

Deby has also threatened to pull Chad out of the Multinational Joint Task Force, the regional force that is supposed to hunt the group across Nigeria, Niger, Cameroon and Chad, accusing partners of leaving Chad to fight alone. The threat echoes his father's warning in April 2020 that Chadian troops would stop operating outside their borders.

Nothing in the ground conditions has changed. The islands are a maze of reeds and floating vegetation, fishermen and smugglers move freely between four countries, and the group collects taxes on fish and pepper. A base on an island can be cut off by a few boats. Each offensive clears the water for a season; each garrison left behind becomes the next target.
""",
    [
        ev("e1", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2024-10-27", "Sunday"), None, BARKARAM, (40, 40),
           same_as="chad-barkaram-brief-2024-10-28/e1", note="about 40 official; 'real number higher' unquantified"),
        ev("e2", BATTLES, [CLASH, OVERTAKE], BH, TCD, wd("2020-03-23", "Monday"), None, BOHOMA, (98, 98),
           same_as="chad-bohoma-garbled-2020-03-26/e1", note="recalled with its own date"),
        ev("e3", BATTLES, CLASH, TCD, BH, "2020-03-31", "2020-04-08", LAKE_ISLANDS, (1052, 1052),
           responds_to=["e2"], same_as="chad-army-bohoma-anger-statement-2020-04-09/e1",
           note="'answered eight days later with' Bohoma Anger: link worded without 'retaliation'"),
        ev("e4", BATTLES, CLASH, TCD, BH, "2024-10-28", P,
           place(["Lake Chad", "islands", "Lac province", "the islands"], "TCD"), None,
           responds_to=["e1"], same_as="chad-barkaram-brief-2024-10-28/e2",
           note="Haskanite 'within a day of Barkaram' (reaction worded as 'reached for the same playbook'); ongoing "
                "to publication, no toll"),
    ])

# 6. Khartoum palace, wire, 2025-03-21
P = "2025-03-21"
doc("sudan-palace-wire-2025-03-21", P, "Nile Valley Wire",
    "Sudan's army retakes presidential palace; RSF drone hits back within hours", "wire",
    """KHARTOUM, March 21 (Nile Valley Wire) - Sudan's army said on Friday it had recaptured the Republican Palace in central Khartoum from the paramilitary Rapid Support Forces, taking back the seat of government nearly two years after the RSF seized it at the start of the war.

Soldiers posted videos from inside the bullet-scarred compound on the banks of the Blue Nile, cheering and waving rifles in front of the main building, and army spokesman Nabil Abdallah said troops had also taken nearby ministries and had killed large numbers of RSF fighters and seized their equipment.

Hours later the paramilitaries struck back. A drone hit the palace grounds while television crews were filming the troops, killing three journalists working for state television and several soldiers, the information ministry and military sources said. The RSF, which had vowed to hold the palace, said in a statement that its fighters were still positioned around the area and had inflicted heavy losses on the army in a counter-attack, a claim that could not be verified.

The palace is the most symbolic gain yet in an army offensive that has pushed the RSF out of much of the capital's east and centre this year. RSF leader Mohamed Hamdan Dagalo had told his fighters earlier this week that they would not leave the palace.
""",
    [
        ev("e1", BATTLES, REGAINS, SAF, RSF, wd(P, "Friday"), None, PALACE, None,
           note="army retakes the palace; 'large numbers' of RSF killed unquantified"),
        ev("e2", REMOTE, AIR, RSF, either(SAF, civ("Sudan", "journalists", "state television crew",
           "television crew", "Sudan TV")), P, None, PALACE, None, responds_to=["e1"],
           note="drone 'struck back' hours after the recapture (link not worded as retaliation); 3 journalists + "
                "'several soldiers' = unquantified, not scored"),
        ev("e3", BATTLES, CLASH, RSF, SAF, P, None, place(["around the palace", "central Khartoum", "Khartoum"], "SDN"),
           None, optional=True, note="RSF claim of a counter-attack around the area: unverified claim"),
    ])

# 7. Khartoum palace, garbled copy, 2025-03-22
P = "2025-03-22"
doc("sudan-palace-garbled-2025-03-22", P, "DailyAfro Updates",
    "Sudan army is taking back Republican Palace, rebels RSF respond by drone", "garbled copy",
    """The Sudanese Armed Forces has announced the taking back of the Republican Palace in the heart of the capital Khartoum on the Friday, which was under the control by the Rapid Support militia since April of 2023, in what observers is calling the biggest symbolic victory of army in the whole war.

However the joy was not lasting long because the RSF responded by sending a drone which was falling on the palace yard and it killed the team of the Sudan TV who were covering the event, they were three, a correspondent and a cameraman and also the driver, in addition to a number of the army officers and soldiers whose number was not announced yet.

The RSF militia is claiming their forces are still in vicinity and killing the soldiers of the army with the drones, while army is saying the remaining of rebels are fleeing to the south toward the Jebel Aulia.

Source link
Share this:
""",
    [
        ev("e1", BATTLES, REGAINS, SAF, RSF, wd("2025-03-21", "Friday"), None, PALACE, None,
           same_as="sudan-palace-wire-2025-03-21/e1", note="same recapture"),
        ev("e2", REMOTE, AIR, RSF, either(SAF, civ("Sudan", "journalists", "Sudan TV", "team of the Sudan TV")),
           "2025-03-21", None, PALACE, None, responds_to=["e1"], same_as="sudan-palace-wire-2025-03-21/e2",
           note="'responded by sending a drone'; 3 TV crew + unannounced number of soldiers: null"),
    ])

# 8. Zamzam, live blog, 2025-04-13
P = "2025-04-13"
doc("sudan-zamzam-liveblog-2025-04-13", P, "Horn Report Live",
    "Sudan live: RSF says it has taken Zamzam camp as displaced flee to Tawila", "live blog",
    """Sudan war live - Sunday 13 April

16:40 GMT - The army-aligned government in Port Sudan says more than 300 people have been killed in Zamzam and its surroundings since Friday. We have not been able to verify that figure, which is much higher than the UN count below.

14:05 GMT - The Rapid Support Forces say they have taken full control of Zamzam camp south of El Fasher, calling it a liberation of the camp from armed groups allied to the army. Videos posted by paramilitary fighters show them driving through the camp's market, where many shelters appear burnt.

11:30 GMT - Thousands of families are walking west towards Tawila, around 60 km away, aid groups say. Many arrived with nothing.

Saturday 12 April

21:15 GMT - The UN humanitarian office says at least 100 people, among them 20 children and nine aid workers, were killed as RSF fighters stormed Zamzam on Friday and Saturday with heavy shelling and ground attacks. Relief International says all nine of its staff running the camp's last functioning health post were killed.

18:50 GMT - Residents of Abu Shouk camp, on the northern edge of El Fasher, say it was also shelled and attacked by RSF fighters on Friday. There is no toll yet for Abu Shouk.

09:00 GMT - What we know: Zamzam, home to around half a million displaced people and in famine since last year, has been besieged by the RSF for months. Friday's assault is the heaviest so far.
""",
    [
        ev("e1", VAC, ATTACK, RSF, civ("Sudan", "displaced people", "IDPs", "aid workers", "Relief International",
           "children"), wd("2025-04-11", "Friday"), wd("2025-04-12", "Saturday"), ZAMZAM, (100, 300),
           note="UN at least 100 vs government more than 300 (since Friday, to Sunday); assault on a camp: VAC accepted "
                "with Battles (armed groups allied to the army present per RSF)"),
        ev("e2", VAC, ATTACK, RSF, civ("Sudan", "displaced people", "residents"), "2025-04-11", None, ABU_SHOUK, None,
           note="shelled and attacked on Friday, no toll"),
        ev("e3", BATTLES, OVERTAKE, RSF, either(SAF, actor("Joint Forces", "armed groups allied to the army",
           "Darfur Joint Forces")), wd(P, "Sunday"), None, ZAMZAM, None,
           note="RSF claims full control of the camp on Sunday"),
    ])
SET.accept(0, [VAC, BATTLES, REMOTE], [ATTACK, CLASH, MISSILE])
SET.accept(1, [VAC, REMOTE], [ATTACK, MISSILE])

# 9. Afgoye truck bomb, wire, 2019-12-28
P = "2019-12-28"
doc("somalia-afgoye-truck-bomb-wire-2019-12-28", P, "Horn Report",
    "Truck bomb kills at least 76 at Mogadishu checkpoint", "wire",
    """MOGADISHU, Dec 28 (Horn Report) - At least 76 people were killed and dozens wounded on Saturday when a truck packed with explosives blew up at a busy checkpoint on the south-western edge of Mogadishu during the morning rush hour, officials said.

The blast tore through the Ex-Control Afgoye junction, where vehicles queue to pay a tax before entering the city. Many of the dead were students of a private university whose minibus was waiting at the checkpoint, as well as police officers and labourers. Two Turkish nationals working on a road project were among those killed, Turkey's foreign ministry said.

Mogadishu mayor Omar Mohamud Mohamed, speaking to reporters near the scene, said the toll could rise. Hospital staff at Madina and Erdogan hospitals said they were overwhelmed, and the government asked residents to donate blood. Qatar and Turkey offered to fly the badly wounded abroad for treatment.

No group had claimed the attack by Saturday evening, but officials blamed al-Shabaab, the al-Qaeda-linked group that has fought the federal government for more than a decade and carries out frequent bombings in the capital. It was the deadliest attack in the city since a truck bomb in October 2017.
""",
    [
        ev("e1", REMOTE, [IED, "Suicide bomb"], SHABAAB, civ("Somalia", "students", "university students",
           "Turkish nationals", "police officers", "labourers"), wd(P, "Saturday"), None, AFGOYE, (76, 76),
           note="truck bomb, blamed on al-Shabaab (no claim yet); driver's fate not stated so no +1"),
        ev("e2", REMOTE, [IED, "Suicide bomb"], SHABAAB, civ("Somalia"), "2017-10-01", "2017-10-31",
           place(["Mogadishu"], "SOM", 2.04, 45.34), None, optional=True,
           note="October 2017 truck bomb recalled as comparison only"),
    ])

# 10. AFRICOM strikes, wire on a military statement, 2019-12-30
P = "2019-12-30"
doc("somalia-africom-strikes-2019-12-30", P, "Meridian Africa Desk",
    "US says it struck al-Shabaab after Mogadishu bombing; group claims attack", "wire (military statement)",
    """NAIROBI, Dec 30 (Meridian Africa Desk) - The U.S. military carried out three air strikes against al-Shabaab in southern Somalia on Sunday, a day after a truck bombing in Mogadishu that killed 81 people, U.S. Africa Command said.

In a statement, AFRICOM said the strikes were conducted in coordination with the Somali government and came in response to Saturday's attack at the Ex-Control Afgoye checkpoint. Two strikes near Qunyo Barrow killed four militants and destroyed two vehicles, and a third near Caliyoow Barrow destroyed another vehicle, the command said. It said no civilians were believed to have been hurt.

Africa Command's director of operations said in the statement that the militants had shown they were willing to kill innocent Somalis to further their aims, and that the command would keep up pressure on the group alongside its Somali partners.

On Monday al-Shabaab claimed the bombing in an audio message, saying it had targeted a convoy of Turkish contractors and Somali government forces escorting them, and expressed regret for civilian casualties. The health ministry put the death toll at 81 on Monday, with more than 120 people still being treated for their wounds. Two of the dead were Turkish engineers, Ankara said.
""",
    [
        ev("e1", REMOTE, AIR, USA, SHABAAB, wd("2019-12-29", "Sunday"), None, QUNYO, (4, 4),
           responds_to=["somalia-afgoye-truck-bomb-wire-2019-12-28/e1"],
           note="two strikes, one place and day = one event; 'in response to' Saturday's attack (cross link)"),
        ev("e2", REMOTE, AIR, USA, SHABAAB, "2019-12-29", None, CALIYOOW, None,
           responds_to=["somalia-afgoye-truck-bomb-wire-2019-12-28/e1"],
           note="third strike destroyed a vehicle; no deaths stated (not 'no one was hurt'): null"),
        ev("e3", REMOTE, [IED, "Suicide bomb"], SHABAAB, either(civ("Somalia", "students"), actor(
           "Military Forces of Somalia", "Somali government forces", "Turkish contractors", code="SOM")),
           wd("2019-12-28", "Saturday"), None, AFGOYE, (81, 81),
           same_as="somalia-afgoye-truck-bomb-wire-2019-12-28/e1", note="toll 81; al-Shabaab claim Monday"),
    ])

# 11. Rubymar, wire, 2024-02-19
P = "2024-02-19"
doc("yemen-rubymar-wire-2024-02-19", P, "Gulf Maritime Wire",
    "Crew abandon British-owned cargo ship after Houthi missile strike", "wire",
    """DUBAI, Feb 19 (Gulf Maritime Wire) - The crew of a Belize-flagged, British-registered bulk carrier abandoned ship in the Gulf of Aden after it was struck by missiles fired from Houthi-controlled Yemen late on Sunday, maritime security agencies said on Monday.

The Rubymar, carrying fertiliser, was hit about 35 nautical miles south of the port of Mokha, near the Bab al-Mandab strait, Britain's maritime trade agency said. The vessel took on water and its 24 crew members were picked up by another merchant ship and a coalition warship and taken to Djibouti. U.S. Central Command said two anti-ship ballistic missiles had been launched and that one hit the ship. No injuries were reported.

Houthi military spokesman Yahya Saree said in a televised statement that the ship had been badly damaged and was at risk of sinking, and that the group would go on targeting British and American ships as long as the war in Gaza continued and what he called the aggression against Yemen went on.

The ship's Lebanese operator said it was assessing options to tow the vessel. It is the most serious damage the group has caused to a merchant ship since it began its campaign against shipping in November.
""",
    [
        ev("e1", REMOTE, MISSILE, HOUTHI, crew("Rubymar", "bulk carrier", "British-owned ship"), wd("2024-02-18", "Sunday"),
           None, GULF_ADEN, (0, 0), note="'late on Sunday'; 'no injuries were reported' = 0; at sea, no point"),
    ])

# 12. US-UK strikes, wire, 2024-02-25
P = "2024-02-25"
doc("yemen-us-uk-strikes-wire-2024-02-25", P, "Gulf Maritime Wire",
    "US and British jets hit 18 Houthi targets after new wave of ship attacks", "wire",
    """WASHINGTON/LONDON, Feb 25 (Gulf Maritime Wire) - American and British forces struck 18 Houthi targets at eight locations in Yemen on Saturday, the two governments said, in answer to a week of attacks on merchant shipping that left one vessel slowly sinking and another on fire.

The targets included underground weapons stores, missile and drone launchers, air defence systems, radars and a helicopter, the Pentagon said. Residents of Sanaa reported a series of loud explosions in the capital late on Saturday, and Houthi-run media said the strikes also hit several provinces; it gave no casualty figures. Australia, Bahrain, Canada, Denmark, the Netherlands and New Zealand supported the operation.

A joint statement said the strikes were a response to the Houthis' continuing attacks on international and commercial shipping and on naval vessels in the Red Sea, and cited the attack on the Rubymar, which was hit by missiles on 18 February and has been taking on water since its crew abandoned it. It also pointed to Thursday's strike on the Islander, a British-owned cargo ship set ablaze by a missile in the Gulf of Aden; one crew member was lightly hurt.

Houthi officials said the strikes would not deter them. Their military spokesman said the group would meet escalation with escalation and that its operations in support of Gaza would go on.
""",
    [
        ev("e1", REMOTE, AIR, US_UK, HOUTHI, wd("2024-02-24", "Saturday"), None, SANAA, None,
           responds_to=["yemen-rubymar-wire-2024-02-19/e1", "e3"],
           note="strikes 'a response to' the ship attacks, citing Rubymar (cross link) and the Islander (local link)"),
        ev("e2", REMOTE, AIR, US_UK, HOUTHI, "2024-02-24", None, YEMEN_SITES, None, optional=True,
           responds_to=["yemen-rubymar-wire-2024-02-19/e1", "e3"],
           note="the other unnamed locations: optional aggregate"),
        ev("e3", REMOTE, MISSILE, HOUTHI, crew("Islander", "cargo ship", "British-owned cargo ship"),
           wd("2024-02-22", "Thursday"), None, GULF_ADEN, None,
           note="Islander set ablaze Thursday; one crew lightly hurt, deaths not stated"),
        ev("e4", REMOTE, MISSILE, HOUTHI, crew("Rubymar"), wd("2024-02-18", "Sunday"), None, GULF_ADEN, None,
           same_as="yemen-rubymar-wire-2024-02-19/e1", note="recalled with its date"),
    ])

# 13. Red Sea live blog, 2025-07-09
P = "2025-07-09"
doc("red-sea-ships-liveblog-2025-07-09", P, "Levant and Gulf Live",
    "Red Sea live: second ship sinks as Houthis resume attacks on shipping", "live blog",
    """Red Sea shipping crisis - live updates

Wednesday 9 July

15:20 GMT - The Houthis say their forces sank the Liberian-flagged Eternity C and that they "rescued" a number of its crew, who they say are receiving care. The US embassy in Yemen says the group has kidnapped crew members and must release them.

12:45 GMT - The EU naval mission in the Red Sea says the Eternity C has sunk about 50 nautical miles south-west of Hodeidah. It now says four crew members are known to have died in the attack, up from three.

Tuesday 8 July

19:10 GMT - The attack on the Eternity C resumed overnight, the EU mission says, with armed skiffs and drones striking the Greek-operated bulk carrier for a second day. Three crew have been killed and two injured; the ship has lost propulsion. It had 25 people on board, most of them Filipino.

Monday 7 July

21:30 GMT - British maritime agencies report that a vessel south-west of Hodeidah has come under fire from men in small boats and been hit by rocket-propelled grenades. The ship is later identified as the Eternity C.

16:05 GMT - The Houthis release video of masked fighters boarding the Magic Seas and blowing it up; they say the ship has sunk. The Greek-operated bulk carrier was attacked on Sunday with gunfire, rockets and explosive-laden drone boats, and its 22 crew were taken off by a passing merchant ship.

09:40 GMT - Sirens sounded in parts of Israel after two missiles were fired from Yemen, the Israeli military says. The Houthis say they launched ballistic missiles at Israel in response to the Israeli strikes overnight. No injuries were reported.

03:15 GMT - Israeli jets struck the ports of Hodeidah, Ras Isa and Salif and the Ras Kanatib power station overnight, the Israeli military says, citing repeated Houthi missile and drone attacks on Israel. It says the ports are used to bring in Iranian weapons. Houthi media report explosions at all three ports; there is no word on casualties.
""",
    [
        ev("e1", REMOTE, AIR, ISR, HOUTHI, wd("2025-07-06", "Sunday"), wd("2025-07-07", "Monday"), HODEIDAH, None,
           note="'overnight' at 03:15 GMT Monday: Sunday-Monday range; reason undated ('repeated attacks'), no link"),
        ev("e2", REMOTE, AIR, ISR, HOUTHI, "2025-07-06", "2025-07-07", RAS_ISA, None, note="same raid, other place"),
        ev("e3", REMOTE, AIR, ISR, HOUTHI, "2025-07-06", "2025-07-07", SALIF, None, note="same raid, other place"),
        ev("e4", REMOTE, AIR, ISR, HOUTHI, "2025-07-06", "2025-07-07", KANATIB, None, note="same raid, power station"),
        ev("e5", REMOTE, MISSILE, HOUTHI, ISR, wd("2025-07-07", "Monday"), None, ISRAEL, (0, 0),
           responds_to=["e1", "e2", "e3", "e4"],
           note="two missiles at Israel 'in response to the Israeli strikes overnight'; no injuries = 0"),
        ev("e6", REMOTE, [MISSILE, AIR], HOUTHI, crew("Magic Seas", "bulk carrier"), wd("2025-07-06", "Sunday"), None,
           RED_SEA, None, note="gunfire, rockets, drone boats; crew taken off, no casualty wording"),
        ev("e7", STRAT, LOOT, HOUTHI, crew("Magic Seas"), "2025-07-06", "2025-07-07", RED_SEA, None, optional=True,
           note="fighters board and blow up the ship (video Monday): component of the attack"),
        ev("e8", REMOTE, [MISSILE, AIR], HOUTHI, crew("Eternity C", "Greek-operated bulk carrier"),
           "2025-07-07", wd("2025-07-08", "Tuesday"), RED_SEA, (3, 4),
           note="attack Monday evening and resumed Tuesday (two days, one incident); 3 then 4 killed"),
        ev("e9", VAC, ABDUCT, HOUTHI, crew("Eternity C", "crew members"), "2025-07-08", P, RED_SEA, None,
           optional=True, note="Houthis say they 'rescued' crew, US says kidnapped; date unclear"),
    ])
SET.accept(5, [REMOTE, VAC], [MISSILE, AIR, ATTACK])
SET.accept(7, [REMOTE, VAC], [MISSILE, AIR, ATTACK])

# 14. Eternity C, garbled copy, 2025-07-11
P = "2025-07-11"
doc("red-sea-eternity-garbled-2025-07-11", P, "ShipNews Daily Online",
    "Eternity C sailors: 10 are saved, 4 died, others missing after Houthi militia attack", "garbled copy",
    """Ten persons from the Eternity C cargo vessel which the Houthi militia of Yemen sunk in the Red Sea this week have been taken out of the water alive, the sources of the maritime security has revealed on Friday, while four of the sailors is confirmed dead and the rest still are missing, feared that they are in the hands of the militia.

The ship with the Liberia flag was under assault for two days starting in the Monday evening, by speedboats and drones and the rocket propelled grenade, until it go down on Wednesday in the waters south-west of Hodeidah, it is the second vessel sank by the Houthi in the same week after the Magic Seas which was attacked on last Sunday and the sailors of it was all rescued safely without injury.

The Philippine government said most of the crew are from Philippine and they are working for the safe return, meanwhile the Houthis said the attacks is in support of Gaza and against the companies that is dealing with the ports of Israel.

Source link
Share this:
Related posts
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], HOUTHI, crew("Eternity C", "sailors"), wd("2025-07-07", "Monday"),
           wd("2025-07-08", "Tuesday"), RED_SEA, (4, 4), same_as="red-sea-ships-liveblog-2025-07-09/e8",
           note="'for two days starting in the Monday evening'; sank Wednesday; 4 confirmed dead"),
        ev("e2", REMOTE, [MISSILE, AIR], HOUTHI, crew("Magic Seas"), wd("2025-07-06", "Sunday"), None, RED_SEA, (0, 0),
           same_as="red-sea-ships-liveblog-2025-07-09/e6",
           note="'last Sunday' in a Friday report = 2025-07-06; all rescued 'without injury' = 0"),
    ])
SET.accept(0, [REMOTE, VAC], [MISSILE, AIR, ATTACK])
SET.accept(1, [REMOTE, VAC], [MISSILE, AIR, ATTACK])

# 15. Tahoua, wire, 2021-03-23
P = "2021-03-23"
doc("niger-tahoua-villages-wire-2021-03-23", P, "Sahel Wire Service",
    "Gunmen kill 137 in Niger's deadliest attack on civilians", "wire",
    """NIAMEY, March 23 (Sahel Wire Service) - Gunmen on motorcycles killed 137 people in a series of raids on the village of Intazayene and surrounding hamlets in south-western Niger, the government said on Monday, the deadliest attack on civilians in the country's recent history.

The attackers swept through the area, in the Tillia department of Tahoua region close to the border with Mali, on Sunday afternoon, shooting residents and setting fire to granaries, according to local officials. Government spokesman Zakaria Abdourahamane said on state television that the assailants had systematically targeted civilians, and announced three days of national mourning.

An earlier toll given by the local mayor on Sunday night had put the number of dead at about 60. Survivors who reached Tillia town told local radio that many of the victims were men and boys working in the fields or watering herds.

No group has claimed responsibility, but the area is a stronghold of the Islamic State group's local affiliate, which has stepped up attacks on communities in the three-border region. The raids came on the day Niger's constitutional court confirmed Mohamed Bazoum as the winner of the presidential election; Bazoum condemned what he called a cowardly massacre and promised that those responsible would be hunted down.
""",
    [
        ev("e1", VAC, ATTACK, either(ISGS, actor("Unidentified Armed Group (Niger)", "gunmen", "assailants",
           "attackers")), civ("Niger", "villagers", "men and boys"), wd("2021-03-21", "Sunday"), None, TAHOUA,
           (60, 137), note="mayor's early 'about 60' vs government 137; Intazayene and hamlets = one event "
                            "(the text gives no per-village toll); ISGS only suspected"),
    ])

# 16. negative: Sudan talks in Switzerland, 2024-08-14
P = "2024-08-14"
doc("sudan-geneva-talks-2024-08-14", P, "Nile Valley Wire",
    "Sudan ceasefire talks open in Switzerland without the army", "politics (negative)",
    """GENEVA, Aug 14 (Nile Valley Wire) - U.S.-led talks aimed at ending Sudan's war opened in Switzerland on Wednesday without a delegation from the Sudanese army, whose leaders said they would not attend until the paramilitary Rapid Support Forces withdrew from civilian areas.

U.S. envoy Tom Perriello said the mediators would press ahead anyway, with Saudi Arabia, Egypt, the United Arab Emirates, the African Union and the United Nations taking part, and that the door remained open to the army. An RSF delegation arrived in Geneva and said it was ready to strike a deal on humanitarian access and a nationwide ceasefire.

Army chief Abdel Fattah al-Burhan told troops in a speech this week that there would be no negotiation while the RSF occupied homes, and vowed to keep up what he called the battle of dignity. The army-aligned foreign ministry described the format of the talks as an attack on Sudan's sovereignty.

Aid agencies, who have warned for months that famine is spreading, urged both sides to open routes for convoys. One diplomat described the first day as a shot across the bow of the two generals rather than a breakthrough. The talks are expected to last up to ten days.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
