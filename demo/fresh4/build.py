"""Write demo/fresh4/docs.jsonl and demo/fresh4/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh4/build.py` (stdlib only, idempotent). Written on 2026-12-01 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (2014-2025) in South, Southeast and Central Asia, the Americas and Europe
(Russia-Ukraine), in our own words, written as of their `published` date from facts in public reporting,
simplified where unsure. Outlets are fictional with `.example` URLs; quotations are paraphrases. Not a
factual reference. Gold follows shared/contract/README.md and the "Gold conventions" of demo/README.md;
every weekday relied on is asserted with `datetime`, and `check()` validates taxonomy, dates, links and
same_as before anything is written.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, ev, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import ABDUCT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, IED, INTERVENTION, MISSILE, MOB, PEACEFUL, PROTESTS, REGAINS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT_DEMO  # noqa: E402  (taxonomy names)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


COUNTRY = {"AFG": "Afghanistan", "PAK": "Pakistan", "BGD": "Bangladesh", "THA": "Thailand", "IND": "India",
           "MMR": "Myanmar", "IDN": "Indonesia", "MEX": "Mexico", "COL": "Colombia", "ECU": "Ecuador",
           "BRA": "Brazil", "UKR": "Ukraine", "RUS": "Russia"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


# ---- actors -------------------------------------------------------------------------------------
ISKP = actor("Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Islamic State", "IS", "ISIS", "Daesh",
             "Islamic State (Afghanistan)", "Islamic State-Khorasan", "militants", "suicide bomber")
TALIBAN = actor("Taliban", "Military Forces of Afghanistan (2021-)", "Taliban forces", "Islamic Emirate",
                "Taliban fighters", "Taliban special forces", code="AFG")
TTP = actor("Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan",
            "Taliban", "militants", "gunmen", "attackers")
PAK_ARMY = actor("Military Forces of Pakistan", "Pakistan army", "Pakistani army", "army", "military",
                 "Pakistani military", "security forces", "Military Forces of Pakistan (2013-2018)", code="PAK")
BGD_MIL = actor("Military Forces of Bangladesh", "Bangladesh army", "army", "army commandos", "para-commandos",
                "security forces", "joint forces", "Military Forces of Bangladesh (2009-)", code="BGD")
BGD_POLICE = actor("Police Forces of Bangladesh", "police", "Bangladeshi police", "Dhaka police",
                   "Police Forces of Bangladesh (2009-)", code="BGD")
IS_BGD = actor("Islamic State", "IS", "ISIS", "Daesh", "Jamaat-ul-Mujahideen Bangladesh", "JMB",
               "gunmen", "militants", "attackers", "terrorists")
THAI_INSURGENTS = actor("Barisan Revolusi Nasional", "BRN", "insurgents", "suspected insurgents",
                        "separatist insurgents", "militants", "gunmen", "Malay Muslim separatists",
                        "unidentified armed group")
THAI_DEFENCE_VOLUNTEERS = actor("Village defence volunteers", "village defence volunteers", "defence volunteers",
                                "Or Sor", "Village Defence Volunteers (Thailand)", "civilians",
                                "Civilians (Thailand)", "villagers", "Military Forces of Thailand")
LET = actor("Lashkar-e-Taiba", "LeT", "The Resistance Front", "TRF", "militants", "suspected militants",
            "terrorists", "gunmen", "unidentified armed group")
IND_ARMY = actor("Military Forces of India", "Indian army", "army", "soldiers", "security forces",
                 "Military Forces of India (2014-)", code="IND")
IND_POLICE = actor("Police Forces of India", "police", "Jammu and Kashmir Police", "J&K police",
                   "Central Reserve Police Force", "CRPF", "Police Forces of India (2014-)", code="IND")
MMR_MIL = actor("Military Forces of Myanmar", "Myanmar military", "military", "junta", "army", "soldiers",
                "troops", "Tatmadaw", "junta troops", "Military Forces of Myanmar (2021-)", code="MMR")
TPNPB = actor("West Papua National Liberation Army", "TPNPB", "TPN-PB", "OPM", "Free Papua Movement",
              "armed criminal group", "KKB", "separatists", "rebels", "gunmen", "Papuan separatists")
IDN_MIL = actor("Military Forces of Indonesia", "TNI", "Indonesian military", "army", "soldiers",
                "Military Forces of Indonesia (2014-)", code="IDN")
MEX_POLICE = actor("Police Forces of Mexico", "police", "municipal police", "Iguala police",
                   "Iguala municipal police", "Police Forces of Mexico (2012-2018) Municipal Police",
                   "Guerreros Unidos", "gunmen", code="MEX")
MEX_PROSECUTOR = actor("Police Forces of Mexico", "Guerrero state prosecutor", "state prosecutors",
                       "Guerrero authorities", "state police", "authorities", code="MEX")
AYOTZINAPA = civ("MEX", "students", "Ayotzinapa students", "trainee teachers", "Students (Mexico)")
COL_POLICE = actor("Police Forces of Colombia", "police", "Colombian police", "National Police",
                   "riot police", "ESMAD", "Police Forces of Colombia (2018-2022)", code="COL")
COL_RIOTERS = actor("Rioters (Colombia)", "rioters", "protesters", "Protesters (Colombia)", "demonstrators",
                    "crowds")
ECU_ATTACKERS = actor("unidentified armed group", "gunmen", "hitmen", "assailants", "attackers", "gunman",
                      "Los Lobos", "organised crime", "Colombian gunmen")
ECU_POLICE = actor("Police Forces of Ecuador", "police", "Ecuadorian police", "National Police",
                   "Police Forces of Ecuador (2021-2023)", code="ECU")
BRA_POLICE = actor("Police Forces of Brazil", "Rio de Janeiro civil police", "civil police", "police",
                   "Police Forces of Brazil (2019-2022) Civil Police", "officers", code="BRA")
CV = actor("Comando Vermelho", "Red Command", "CV", "drug traffickers", "gang members", "traffickers",
           "suspects", "gunmen")
RUS = actor("Military Forces of Russia", "Russia", "Russian forces", "Russian military", "Moscow",
            "Russian army", "Moscow's forces", "Military Forces of Russia (2000-)", "Kremlin", code="RUS")
UKR = actor("Military Forces of Ukraine", "Ukraine", "Ukrainian forces", "Kyiv", "Ukrainian military",
            "Ukrainian air defences", "air force", "Ukrainian air force", "Military Forces of Ukraine (2019-)",
            code="UKR")
UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants")

# ---- 1. Kunduz ---------------------------------------------------------------------------------
P1 = "2021-10-09"
KUNDUZ_MOSQUE = place(["Kunduz", "Kondoz", "Gozar-e-Sayed Abad", "Said Abad mosque", "Sayed Abad",
                       "Kunduz province"], "AFG", 36.7286, 68.8575)
doc("afghanistan-kunduz-mosque-2021-10-09", P1, "Hindu Kush Wire",
    "Islamic State claims suicide bombing of Shi'ite mosque in Kunduz; dozens dead",
    "wire",
    """KUNDUZ, Afghanistan, Oct 9 (Hindu Kush Wire) - At least 46 worshippers were killed and scores more wounded when a suicide bomber blew himself up inside a Shi'ite mosque in the northern Afghan city of Kunduz during Friday prayers, a Taliban official said, in the deadliest attack since US forces completed their withdrawal from the country at the end of August.

The blast tore through the Gozar-e-Sayed Abad mosque, used by the city's Hazara minority, shortly after 1 p.m. on Friday as the hall was packed. Pictures from the scene showed bodies wrapped in blankets in the courtyard and the floor covered in debris. A doctor at the city's main hospital said dozens of dead and scores of wounded had been brought in; a local official told reporters on Saturday that the number of dead might rise above 100, though that figure could not be confirmed.

Islamic State's Afghan branch, known as ISKP or IS-K, claimed responsibility through its Amaq news agency, saying a bomber it identified as an Uyghur Muslim had detonated an explosive vest among the worshippers. The group said the attack targeted both Shi'ites and the Taliban, whom it accused of being ready to expel Uyghurs to meet China's demands.

Taliban spokesman Zabihullah Mujahid condemned the bombing and said special forces had been sent to the scene. Residents said Taliban fighters cordoned off the area and stopped people from approaching the mosque as ambulances ferried the wounded.

The attack came five days after an explosion at the gate of Kabul's Eid Gah mosque killed at least five civilians on Sunday, Oct 3, during a memorial service for Mujahid's mother. Islamic State also claimed that blast. The Taliban said their fighters had raided an IS-K hideout in the capital hours later and killed several members of the cell, a claim that could not be checked.

The United Nations mission in Afghanistan said the Kunduz bombing was part of a disturbing pattern of violence against religious institutions.
""",
    [
        ev("e1", REMOTE, SUICIDE, ISKP, civ("AFG", "worshippers", "Shi'ites", "Hazaras", "Shia worshippers"),
           wd("2021-10-08", "Friday"), None, KUNDUZ_MOSQUE, (47, 101),
           note="at least 46 dead + the bomber; a local official's 'above 100' (unconfirmed) + the bomber as high"),
        ev("e2", REMOTE, [IED, SUICIDE], ISKP, civ("AFG", "mourners"), wd("2021-10-03", "Sunday"), None,
           place(["Eid Gah mosque", "Id Gah mosque", "Kabul"], "AFG", 34.5253, 69.1783), (5, 5),
           note="blast at the gate of Kabul's Eid Gah mosque, at least five civilians"),
        ev("e3", BATTLES, CLASH, TALIBAN, ISKP, "2021-10-03", "2021-10-04", place(["Kabul"], "AFG", 34.5553, 69.2075),
           optional=True, note="Taliban raid on an IS-K hideout 'hours later' (several killed, no figure)"),
    ])

# ---- 2. Kandahar (garbled) -------------------------------------------------------------------
P2 = "2021-10-16"
doc("afghanistan-kandahar-mosque-garbled-2021-10-16", P2, "Daily Trend Buzz",
    "Kandahar mosque blasts: Islamic State accept responsibility, many dozen worshippers lost life",
    "garbled machine-rewritten web copy",
    """Kandahar: Atleast 41 worshipper has been lost their lives and more then 70 other were injured after a number of suicide bombers carried out an offensive on a Shia mosque in southern metropolis of Kandahar throughout the Friday prayer, as per the officers and the hospital sources.

The explosions was hit the Imam Bargah mosque, additionally known as Bibi Fatima mosque, which is biggest Shia mosque of the town, eyewitnesses instructed that one attacker had detonated explosive on the safety gate and the opposite one within the prayer hall whereas the individuals have been in the middle of prayer. A physician at Mirwais hospital instructed that 47 dead our bodies had been obtained till night, the Taliban officers have been given smaller quantity.

The Islamic State terror outfit, ISIS-Okay (Khorasan), has accepted responsibility of the assault in a press release on its Telegram channel, it stated two of its fighters, it named them, had blown themselves up among the many Shia. Taliban spokesman condemn the incident and stated the perpetrators might be dropped at justice quickly.

It's the second such assault in eight days, on the earlier Friday a suicide bomber of the identical outfit killed atleast 46 individuals in a Shia mosque in Kunduz metropolis in northern Afghanistan, which was additionally claimed by the ISIS-Okay.

Volunteers had been guarding the Kandahar mosque after the Kunduz occasion however they have been unable to cease the attackers, the native residents stated. Shia leaders demanded that the Taliban authorities present extra safety for his or her locations of worship.

Source link

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
""",
    [
        ev("e1", REMOTE, SUICIDE, ISKP, civ("AFG", "worshippers", "Shia worshippers", "Shi'ites"),
           wd("2021-10-15", "Friday"), None,
           place(["Kandahar", "Imam Bargah mosque", "Bibi Fatima mosque", "Kandahar province"], "AFG", 31.6133, 65.7101),
           (43, 49), note="at least 41, hospital 47; + the two bombers IS says blew themselves up"),
        ev("e2", REMOTE, SUICIDE, ISKP, civ("AFG", "worshippers"), "2021-10-08", None, KUNDUZ_MOSQUE, (46, 47),
           same_as="afghanistan-kunduz-mosque-2021-10-09/e1",
           note="Kunduz recalled: 'on the earlier Friday', at least 46 (+ the bomber)"),
    ])

# ---- 3. Peshawar Army Public School -----------------------------------------------------------
P3 = "2014-12-16"
doc("pakistan-peshawar-school-2014-12-16", P3, "Indus Evening Wire",
    "Taliban gunmen kill 141, most of them children, at army-run school in Peshawar",
    "wire",
    """PESHAWAR, Pakistan, Dec 16 (Indus Evening Wire) - Taliban gunmen stormed an army-run school in the northwestern city of Peshawar on Tuesday and killed 141 people, 132 of them children, in the deadliest attack in Pakistan's history, the military said, before troops ended an eight-hour siege.

Provincial officials had first put the toll at 104 and then at 126 during the afternoon, as bodies were carried out of the Army Public School on Warsak Road and wounded pupils in green blazers were rushed to Lady Reading Hospital. More than 120 people were wounded, doctors said.

The attackers, wearing the uniforms of a paramilitary force, entered the school from the back by climbing a wall at about 10:30 a.m. and went from classroom to classroom, firing at students, witnesses said. Several teachers were among the dead, including the principal, according to staff.

All seven attackers were killed, military spokesman Major General Asim Bajwa told reporters in the evening; he said they had worn suicide vests and some had blown themselves up when cornered by the army's special service group commandos.

The Tehrik-i-Taliban Pakistan (TTP) claimed responsibility. Its spokesman Muhammad Umar Khorasani said the school was chosen because the army was targeting the militants' families, and that the attack was revenge for Zarb-e-Azb, the army offensive against the Taliban and their allies in the North Waziristan tribal region. The military launched that operation on June 15 with air strikes and then ground troops, a week after militants stormed Karachi airport.

Prime Minister Nawaz Sharif flew to Peshawar and declared three days of national mourning, calling the attack a national tragedy. Imran Khan, whose party governs Khyber Pakhtunkhwa province, condemned it as an act of brutality. The army chief, General Raheel Sharif, was also in the city and promised that the operation in North Waziristan would continue until the militants were eliminated.
""",
    [
        ev("e1", [VAC, REMOTE], [ATTACK, SUICIDE], TTP, civ("PAK", "students", "children", "schoolchildren",
                                                             "pupils", "teachers"),
           wd(P3, "Tuesday"), None,
           place(["Army Public School", "Warsak Road", "Peshawar", "Khyber Pakhtunkhwa"], "PAK", 34.0186, 71.5253),
           (111, 148), responds_to=["e2"],
           note="141 dead (first 104, then 126) + all seven attackers: low 104 + 7, high 141 + 7; 'revenge for Zarb-e-Azb'"),
        ev("e2", [BATTLES, REMOTE], [CLASH, AIR], PAK_ARMY, TTP, wd("2014-06-15", "Sunday"), None,
           place(["North Waziristan", "North Waziristan tribal region", "Federally Administered Tribal Areas",
                  "FATA"], "PAK"),
           note="launch of Operation Zarb-e-Azb on June 15, air strikes then ground troops; no toll"),
        ev("e3", [BATTLES, VAC], [CLASH, ATTACK], TTP, PAK_ARMY, "2014-06-07", "2014-06-09",
           place(["Karachi airport", "Jinnah International Airport", "Karachi"], "PAK", 24.9065, 67.1608),
           optional=True, note="Karachi airport assault 'a week' before June 15; date only by offset, no toll"),
    ])

# ---- 4. Dhaka, Holey Artisan Bakery (military briefing) ---------------------------------------
P4 = "2016-07-02"
HOLEY = place(["Holey Artisan Bakery", "Gulshan", "Gulshan 2", "Dhaka"], "BGD", 23.8013, 90.4203)
doc("bangladesh-holey-artisan-briefing-2016-07-02", P4, "Bay of Bengal Bulletin",
    "Army briefing: 20 hostages found dead, six gunmen killed as commandos end Gulshan siege",
    "military press briefing (paraphrase)",
    """Dhaka, 2 July 2016. Statement of the Inter Services Public Relations Directorate (ISPR) on Operation Thunderbolt, as delivered at a press briefing at Dhaka Cantonment on Saturday afternoon (paraphrased).

1. At around 2045 hours on Friday 1 July, a group of armed terrorists entered the Holey Artisan Bakery, a restaurant on Road 79 in the Gulshan diplomatic area of Dhaka, and took the diners and staff hostage.

2. Police who reached the scene came under fire and grenade attack. Two police officers, the officer in charge of Banani police station and an assistant commissioner of the Detective Branch, later died of their wounds. More than 20 policemen were injured in the exchange.

3. On the instruction of the Honourable Prime Minister, a joint operation led by the 1st Para Commando Battalion, with the Navy, Air Force, Police, RAB and BGB in support, was launched at 0740 hours on Saturday 2 July. The operation was completed within about 13 minutes and the area was secured.

4. Thirteen hostages, among them one Japanese and two Sri Lankan nationals, were rescued alive.

5. Six terrorists were killed during the operation and one suspect was apprehended.

6. After the operation, the bodies of 20 hostages were recovered from inside the restaurant. Most were foreign nationals. Initial examination indicates that all were killed with sharp weapons during the night, before the operation began.

7. Firearms, improvised explosive devices and sharp weapons were recovered from the site.

End of statement.

Note from the desk: Islamic State claimed the attack through its Amaq agency on Friday night and posted photographs said to show bodies inside the cafe. Home Minister Asaduzzaman Khan told reporters the attackers were members of the banned local group Jamaat-ul-Mujahideen Bangladesh and had no links to IS. Prime Minister Sheikh Hasina announced two days of national mourning.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], IS_BGD,
           civ("BGD", "hostages", "diners", "foreigners", "foreign nationals", "restaurant staff"),
           wd("2016-07-01", "Friday"), wd(P4, "Saturday"), HOLEY, (28, 28),
           note="siege: 20 hostages + 2 police officers + 6 attackers killed by the commandos"),
        ev("e2", BATTLES, [CLASH, REGAINS], BGD_MIL, IS_BGD, P4, None, HOLEY, (6, 6), optional=True,
           note="Operation Thunderbolt, component of the siege (6 gunmen killed, 1 detained)"),
        ev("e3", BATTLES, CLASH, IS_BGD, BGD_POLICE, "2016-07-01", None, HOLEY, (2, 2), optional=True,
           note="police come under fire on Friday night, component of the siege"),
    ])

# ---- 5. Yala (brief) ----------------------------------------------------------------------------
P5 = "2019-11-06"
doc("thailand-yala-checkpoints-brief-2019-11-06", P5, "Gulf of Siam Wire",
    "Fifteen killed in attack on village defence posts in Thailand's south",
    "wire brief",
    """YALA, Thailand, Nov 6 (Gulf of Siam Wire) - Fifteen people, most of them village defence volunteers, were shot dead and four wounded late on Tuesday when suspected separatist insurgents attacked two security checkpoints in Lam Phaya subdistrict of Yala's Muang district, police said on Wednesday.

The gunmen scattered nails on the roads and felled trees to slow reinforcements, a regional army spokesman said. No group claimed the attack; the army blamed insurgents seeking independence for the Malay Muslim provinces. It was one of the deadliest single attacks in the deep south in years.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], THAI_INSURGENTS, THAI_DEFENCE_VOLUNTEERS,
           wd("2019-11-05", "Tuesday"), "2019-11-06",
           place(["Lam Phaya", "Lam Phaya subdistrict", "Muang Yala", "Mueang Yala district", "Yala",
                  "Yala province"], "THA"),
           (15, 15), note="late Tuesday (night range); volunteers are civilians armed by the state"),
    ])

# ---- 6. Reasi bus ------------------------------------------------------------------------------
P6 = "2024-06-10"
REASI = place(["Teryath", "Pouni", "Reasi", "Reasi district", "Jammu and Kashmir", "Jammu"], "IND")
doc("india-reasi-bus-2024-06-10", P6, "Himalayan Ledger",
    "Nine pilgrims killed as militants fire on bus in Jammu's Reasi district",
    "wire",
    """JAMMU, June 10 (Himalayan Ledger) - Nine Hindu pilgrims were killed and 33 injured when suspected militants opened fire on their bus in Jammu and Kashmir's Reasi district on Sunday evening, sending it plunging into a gorge, police said on Monday.

The bus was carrying pilgrims from the Shiv Khori cave shrine to the town of Katra, the base camp for the Vaishno Devi temple, when gunmen hiding in the forest near Teryath village sprayed it with bullets at about 6:10 p.m., officials said. The driver was hit and lost control, and the vehicle rolled down the slope.

Police first reported ten dead before revising the figure to nine, among them a two-year-old boy. Most of the victims were from Uttar Pradesh, Rajasthan and Delhi; several of the wounded had gunshot wounds, doctors in Jammu said.

A senior police officer said two to three militants were believed to have carried out the ambush and that the attack bore the hallmarks of the Pakistan-based Lashkar-e-Taiba. A claim attributed to The Resistance Front, which Indian officials describe as a Lashkar proxy, circulated on social media but could not be verified. Pakistan's foreign ministry rejected any suggestion of its involvement.

Army, police and paramilitary units launched a search of the forested hills around the site, using drones and sniffer dogs, and no arrests had been reported by Monday afternoon.

The attack came as Prime Minister Narendra Modi was being sworn in for a third term in New Delhi. Home Minister Amit Shah said the attackers would not be spared. Survivors told television channels the gunmen kept firing for several minutes after the bus overturned, and that passengers lay still to avoid being shot.
""",
    [
        ev("e1", VAC, ATTACK, LET, civ("IND", "pilgrims", "Hindu pilgrims", "passengers", "bus passengers"),
           wd("2024-06-09", "Sunday"), None, REASI, (9, 10),
           note="nine dead (first ten), 33 injured; near Teryath village"),
    ])

# ---- 7. Jammu analysis ---------------------------------------------------------------------------
P7 = "2024-06-14"
KATHUA = place(["Saida Sukhal", "Hiranagar", "Kathua", "Kathua district", "Jammu and Kashmir"], "IND", 32.4550, 75.2710)
doc("india-jammu-militancy-analysis-2024-06-14", P7, "The Subcontinent Review",
    "Analysis: Four attacks in four days push militancy south of the Pir Panjal",
    "long-form analysis",
    """For most of the past three decades, the Jammu region was the quiet half of the Kashmir conflict. This week it was the loudest. In the space of four days, militants fired on a bus of pilgrims, on a village, on an army checkpoint and on a police search party, and the security establishment in New Delhi is being asked why.

The first and deadliest attack came on Sunday evening in Reasi district, where gunmen ambushed a bus returning from the Shiv Khori shrine near the village of Teryath. Nine pilgrims were killed and more than 40 injured as the bus crashed into a gorge, according to the latest police figures. Investigators have released a sketch of one suspect.

On Tuesday night, two militants entered Saida Sukhal, a village in the Hiranagar area of Kathua district near the border with Pakistan, and fired at houses, wounding a civilian, police said. One of them was shot dead that night; the second was killed on Wednesday after a gunfight that lasted for hours. A constable of the Central Reserve Police Force, Kabir Das, was also killed.

Also on Tuesday night, militants opened fire on a joint army and police post at Chattergalla in Doda district, on the road to Bhaderwah, wounding five soldiers and a special police officer. On Wednesday evening a policeman was hurt when a search party came under fire in the Gandoh area of the same district. Police have since announced rewards for information on four men they say are Pakistani nationals.

None of this is entirely new. On Saturday, May 4, militants attacked an Indian Air Force convoy near Shahsitar in Poonch district, killing a corporal and wounding four other airmen. On December 21 last year, four soldiers were killed when their vehicles were ambushed at Dhera ki Gali in Poonch; the next day three civilians taken in for questioning by the army were found dead, and their families accused soldiers of torturing them. The army ordered an inquiry. And on January 1, 2023, gunmen shot dead five civilians in the Hindu village of Dhangri in Rajouri district; the next morning a bomb left behind near one of the houses killed two children.

Officials say a few dozen well-trained fighters are operating in the forests of Rajouri, Poonch, Reasi and Doda, and that they avoid the Kashmir valley's dense security grid by moving through the mountains. Opposition politicians argue that troops were moved from the region to the Chinese frontier after 2020, leaving gaps.

The government's answer so far has been more of the same. Home Minister Amit Shah chaired a security review on Thursday and ordered a zero-terror plan for Jammu, while the army has flown in extra units. Whether more troops alone can find small groups of men in thick forest is the question that the past year has not answered.
""",
    [
        ev("e1", VAC, ATTACK, LET, civ("IND", "pilgrims", "passengers"), "2024-06-09", None, REASI, (9, 9),
           same_as="india-reasi-bus-2024-06-10/e1", note="Reasi recalled, 'more than 40 injured'"),
        ev("e2", [BATTLES, VAC], [CLASH, ATTACK], LET, either(IND_POLICE, civ("IND")),
           wd("2024-06-11", "Tuesday"), "2024-06-12", KATHUA, (3, 3),
           note="Saida Sukhal: two militants killed (Tue night, Wed) + CRPF constable; civilian wounded; one event over the night"),
        ev("e3", BATTLES, CLASH, LET, either(IND_ARMY, IND_POLICE), "2024-06-11", "2024-06-12",
           place(["Chattergalla", "Chattergala", "Bhaderwah", "Doda", "Doda district"], "IND"), None,
           note="army-police post fired on Tuesday night, six wounded, no deaths stated"),
        ev("e4", BATTLES, CLASH, LET, IND_POLICE, wd("2024-06-12", "Wednesday"), None,
           place(["Gandoh", "Doda", "Doda district"], "IND"), None,
           note="search party under fire, policeman hurt"),
        ev("e5", BATTLES, CLASH, LET, actor("Military Forces of India", "Indian Air Force", "IAF", "airmen",
                                            "air force convoy", "Indian army", code="IND"),
           wd("2024-05-04", "Saturday"), None,
           place(["Shahsitar", "Surankote", "Poonch", "Poonch district"], "IND"), (1, 1),
           note="IAF convoy ambush, a corporal killed, four wounded"),
        ev("e6", BATTLES, CLASH, LET, IND_ARMY, wd("2023-12-21", "Thursday"), None,
           place(["Dhera ki Gali", "Dera ki Gali", "Poonch", "Poonch district"], "IND"), (4, 4),
           note="ambush, four soldiers killed"),
        ev("e7", VAC, ATTACK, IND_ARMY, civ("IND", "three civilians", "detainees"), "2023-12-22", None,
           place(["Poonch", "Poonch district"], "IND"), (3, 3),
           note="three civilians found dead after army questioning (alleged torture); place only the district"),
        ev("e8", VAC, ATTACK, UNID, civ("IND", "Hindu villagers", "villagers"), wd("2023-01-01", "Sunday"),
           None, place(["Dhangri", "Rajouri", "Rajouri district"], "IND"), (5, 5), note="gunmen shot dead five civilians"),
        ev("e9", REMOTE, IED, UNID, civ("IND", "children"), "2023-01-02", None,
           place(["Dhangri", "Rajouri", "Rajouri district"], "IND"), (2, 2), note="bomb left behind, 'the next morning'"),
    ])

# ---- 8. Myanmar, Mo So ---------------------------------------------------------------------------
P8 = "2021-12-26"
doc("myanmar-mo-so-2021-12-26", P8, "Irrawaddy Basin Wire",
    "Burned bodies of more than 30 found in Myanmar's Kayah state; aid group says two staff missing",
    "wire",
    """Charred remains of at least 35 people, including women and children, were found in burned-out vehicles near a village in eastern Myanmar's Kayah state after an attack that residents and a local militia blamed on junta troops, according to witnesses and aid groups on Sunday.

The bodies were discovered on Saturday on a highway near Mo So village in Hpruso township, a day after the killings on Friday, Christmas Eve. Photographs shared by the Karenni Nationalities Defence Force (KNDF), a militia opposed to military rule, showed the blackened frames of trucks and cars. A KNDF commander said the victims were civilians fleeing fighting in the area and had been seized, killed and set on fire. Some had their hands tied, a villager who helped recover the remains said.

Save the Children said two of its staff, who were travelling home for the holiday after humanitarian work in the area, were caught up in the incident and were missing, and that their private vehicle had been attacked and burned. The charity suspended its work in parts of Kayah.

State media gave a different account. The military said on Saturday that its soldiers had clashed with "terrorists" from resistance forces who were travelling in seven vehicles and had failed to stop, and that an unspecified number had been killed. It did not mention civilians.

Kayah, also known as Karenni, has seen heavy fighting since the army seized power in February, and tens of thousands of people have fled their homes. The UN humanitarian coordinator called for a thorough and transparent investigation, and the US embassy condemned what it called a barbaric attack.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], MMR_MIL,
           either(civ("MMR", "aid workers", "Save the Children staff", "women and children"),
                  actor("Karenni Nationalities Defence Force", "KNDF", "resistance forces", "terrorists",
                        "People's Defence Force", "PDF")),
           wd("2021-12-24", "Friday"), None,
           place(["Mo So", "Moso", "Hpruso", "Hpruso township", "Kayah", "Kayah state", "Karenni"], "MMR"),
           (35, 35), note="at least 35 charred bodies; military says it fought 'terrorists'. Type accepts both readings"),
        ev("e2", STRAT, "Other", MMR_MIL, None, "2021-02-01", "2021-02-28", place(["Myanmar"], "MMR"),
           optional=True, note="the coup 'in February' recalled, no place"),
    ])

# ---- 9. Papua, Nduga (garbled) ---------------------------------------------------------------------
P9 = "2018-12-05"
NDUGA = place(["Yigi", "Yigi district", "Nduga", "Nduga regency", "Papua", "Kali Yigi", "Puncak Kabo"], "IDN")
doc("indonesia-nduga-workers-garbled-2018-12-05", P9, "Nusantara Newsfeed Today",
    "Papua: up to 31 road employee feared lifeless, separatist group claim, army send troops",
    "garbled machine-rewritten web copy",
    """JAYAPURA - Up to 31 development employees constructing a bridge on the Trans Papua freeway have been feared useless after armed separatists carried out an offensive on their camp in Nduga regency in Indonesia's easternmost province of Papua, the police stated on Tuesday, while the military until Wednesday has evacuated 16 our bodies from the situation.

The employees from state-owned firm PT Istaka Karya was reportedly taken from their camp at Kali Yigi in Yigi district on Sunday, the day when Papuan separatist commemorate the declaration of independence of 1 December, and have been shot in a hill named Puncak Kabo, as per a survivor who escaped by pretend to be useless, police spokesman stated. The actual quantity of killed stay unclear since communication in the remote space is tough.

On Monday the identical group additionally attacked an army post in Mbua district which was protecting the realm, killing one soldier and injuring an other, the military stated.

The West Papua National Liberation Army (TPNPB), armed wing of the Free Papua Movement (OPM), has claimed accountability in a press release and a spokesman stated the employees weren't civilians however members of the army engineering corps, a declare the federal government strongly rejected. Police name the group an armed prison group (KKB) led by Egianus Kogoya.

President Joko Widodo ordered the military and police to hunt down the perpetrators and stated the event would not stop the development of the freeway, a joint safety power of lots of of troopers was despatched to the area on Tuesday.

Source link
""",
    [
        ev("e1", VAC, [ATTACK, ABDUCT], TPNPB, civ("IDN", "construction workers", "road workers",
                                                   "PT Istaka Karya employees", "workers"),
           wd("2018-12-02", "Sunday"), None, NDUGA, (16, 31),
           note="workers taken and shot: 16 bodies evacuated, up to 31 feared dead; TPNPB claims they were army engineers"),
        ev("e2", BATTLES, CLASH, TPNPB, IDN_MIL, wd("2018-12-03", "Monday"), None,
           place(["Mbua", "Mbua district", "Nduga", "Papua"], "IDN"), (1, 1),
           note="army post attacked Monday, one soldier killed"),
        ev("e3", STRAT, "Other", IDN_MIL, TPNPB, "2018-12-04", None, place(["Nduga", "Papua"], "IDN"),
           optional=True, note="hundreds of troops deployed Tuesday (no clash)"),
    ])

# ---- 10. Iguala --------------------------------------------------------------------------------
P10 = "2014-09-29"
IGUALA = place(["Iguala", "Iguala de la Independencia", "Guerrero"], "MEX", 18.3448, -99.5397)
doc("mexico-iguala-students-2014-09-29", P10, "Sierra Madre Dispatch",
    "Mexico detains 22 police after deadly attack on students; dozens missing",
    "wire",
    """MEXICO CITY, Sept 29 (Sierra Madre Dispatch) - Authorities in the southern Mexican state of Guerrero have detained 22 municipal police officers over a night of shootings in the city of Iguala in which six people were killed and dozens of students from a rural teacher training college went missing.

Police in Iguala opened fire on Friday night on buses that students of the Raul Isidro Burgos college in Ayotzinapa had commandeered to travel back to their school, according to survivors and state officials. Three students were killed in the city. Later that night, gunmen on the highway on the outskirts of Iguala shot at a bus carrying a third-division football team, the Avispones of Chilpancingo, apparently mistaking it for a student bus; a 15-year-old player and the driver were killed, and a woman in a passing taxi was also shot dead. About 25 people were wounded.

One of the dead students was found on Saturday on a street near the scene with the skin of his face removed, his classmates said.

Guerrero's state prosecutor, Inaky Blanco, said on Sunday that 22 officers had been detained and that the ballistic evidence showed they had fired their weapons. He said investigators were examining whether members of a local drug gang, Guerreros Unidos, had joined in the attack.

Student leaders said 57 classmates were unaccounted for after being taken away in police vehicles, although the state said some had returned home. Relatives gathered outside the college on Monday demanding their return alive.

Iguala's mayor, Jose Luis Abarca, said he had not known about the shootings until after they happened, and he has not been charged. The college, known for its left-wing activism, has clashed with authorities before; in December 2011 two of its students were shot dead when police cleared a highway blockade in Chilpancingo.
""",
    [
        ev("e1", VAC, ATTACK, MEX_POLICE, AYOTZINAPA, wd("2014-09-26", "Friday"), "2014-09-27", IGUALA, (3, 3),
           note="police fire on the students' buses in the city, three students killed (night range)"),
        ev("e2", VAC, ATTACK, either(UNID, MEX_POLICE), civ("MEX", "football team", "Avispones", "footballers",
                                                           "bus driver", "taxi passenger"),
           "2014-09-26", "2014-09-27", place(["outskirts of Iguala", "Iguala", "Guerrero"], "MEX", 18.3448, -99.5397),
           (3, 3), note="gunmen on the highway outside Iguala: player, driver, woman in a taxi"),
        ev("e3", VAC, ABDUCT, MEX_POLICE, AYOTZINAPA, "2014-09-26", "2014-09-27", IGUALA,
           note="57 students taken away in police vehicles, unaccounted for"),
        ev("e4", STRAT, ARRESTS, MEX_PROSECUTOR, actor("Police Forces of Mexico", "municipal police officers",
                                                        "Iguala police", "22 officers", "police officers", code="MEX"),
           "2014-09-27", wd("2014-09-28", "Sunday"), IGUALA,
           note="22 municipal officers detained (announced Sunday; day of detention not given)"),
        ev("e5", PROTESTS, PEACEFUL, actor("Protesters (Mexico)", "relatives", "families", "protesters"), None,
           wd(P10, "Monday"), None, place(["Ayotzinapa", "Tixtla", "Guerrero"], "MEX", 17.5667, -99.4000),
           optional=True, note="relatives gather outside the college demanding the students' return"),
        ev("e6", PROTESTS, EXCESSIVE, actor("Protesters (Mexico)", "students", "Ayotzinapa students"), either(
            MEX_POLICE, actor("Police Forces of Mexico", "police", code="MEX")), "2011-12-01", "2011-12-31",
           place(["Chilpancingo", "Guerrero"], "MEX", 17.5506, -99.5058), (2, 2), optional=True,
           note="December 2011 highway clearance, before the 2014-2025 window"),
    ])

# ---- 11. Bogota -------------------------------------------------------------------------------
P11 = "2020-09-11"
BOGOTA = place(["Bogota", "Bogotá", "Bogota D.C."], "COL", 4.7110, -74.0721)
doc("colombia-bogota-police-riots-2020-09-11", P11, "Andean Courier",
    "Thirteen dead as fury over police killing engulfs Bogota; mayor blames officers' gunfire",
    "newspaper",
    """BOGOTA - The death toll from two nights of rioting in and around Colombia's capital rose to 13 on Friday, officials said, as the mayor accused police of firing indiscriminately at crowds who had taken to the streets in anger at the death of a man repeatedly shocked with a Taser by officers.

Javier Ordonez, a 46-year-old lawyer and father of two, died in the early hours of Wednesday after being pinned to the ground and shocked several times by two police officers in the Engativa district, in the west of the city, and then taken to a neighbourhood police post. A video recorded by a friend shows him pleading with the officers to stop. The two officers have been suspended and the prosecutor's office has opened a murder investigation.

Protests over his death began on Wednesday evening and turned violent as night fell. Crowds attacked dozens of the small neighbourhood police posts known as CAIs, setting many of them on fire, and hurled stones at officers, who responded with tear gas and, according to witnesses and videos, live rounds. Seven people were killed in Bogota that night and three in the neighbouring city of Soacha, officials said on Thursday. Most had gunshot wounds. More than 400 people were injured, nearly 200 of them police officers, the defence ministry said.

On Thursday night crowds gathered again outside police posts in several districts of the capital. Police again used tear gas and stun grenades, and there were clashes in Suba and Kennedy, although the violence was on a smaller scale. By Friday three more of the wounded had died, bringing the total to 13, the city government said, without saying where they were shot.

Mayor Claudia Lopez said there was clear evidence of officers using firearms without justification and that she would hand videos to the prosecutors. Defence Minister Carlos Holmes Trujillo said the vandalism had been organised and that officers who broke the law would be punished. The protests came in response to the killing, but many demonstrators also spoke of anger at police conduct during the pandemic lockdown.
""",
    [
        ev("e1", VAC, ATTACK, COL_POLICE, civ("COL", "Javier Ordonez", "Javier Ordóñez", "a lawyer"),
           wd("2020-09-09", "Wednesday"), None,
           place(["Engativa", "Engativá", "Villa Luz", "Bogota", "Bogotá"], "COL", 4.7070, -74.1100), (1, 1),
           note="Ordonez dies after being tasered by police"),
        ev("e2", [RIOTS, PROTESTS], [VIOLENT_DEMO, EXCESSIVE], COL_RIOTERS, COL_POLICE, "2020-09-09", "2020-09-10",
           BOGOTA, (7, 7), responds_to=["e1"],
           note="Wednesday night riots in Bogota, CAIs burned, police fire; seven killed in Bogota"),
        ev("e3", [RIOTS, PROTESTS], [VIOLENT_DEMO, EXCESSIVE], COL_RIOTERS, COL_POLICE, "2020-09-09", "2020-09-10",
           place(["Soacha", "Cundinamarca"], "COL", 4.5794, -74.2168), (3, 3), responds_to=["e1"],
           note="three killed in Soacha the same night"),
        ev("e4", [RIOTS, PROTESTS], [VIOLENT_DEMO, INTERVENTION], COL_RIOTERS, COL_POLICE,
           wd("2020-09-10", "Thursday"), "2020-09-11", BOGOTA, responds_to=["e1"],
           note="Thursday night clashes in Suba and Kennedy; tear gas and stun grenades; no figure"),
        ev("e5", [RIOTS, PROTESTS], [VIOLENT_DEMO, EXCESSIVE], COL_RIOTERS, COL_POLICE, "2020-09-09", "2020-09-11",
           BOGOTA, (13, 13), optional=True, note="aggregate toll of 13 over two nights, Bogota and Soacha"),
    ])

# ---- 12. Quito, Villavicencio -------------------------------------------------------------------
P12 = "2023-08-10"
QUITO = place(["Quito", "Pichincha", "Colegio Anderson"], "ECU", -0.1807, -78.4678)
doc("ecuador-villavicencio-2023-08-10", P12, "Pacific Rim Wire",
    "Ecuador presidential candidate shot dead after Quito rally; six Colombians held",
    "wire",
    """QUITO, Aug 10 (Pacific Rim Wire) - Ecuadorean presidential candidate Fernando Villavicencio, an anti-corruption campaigner, was shot dead as he left a campaign rally in Quito on Wednesday evening, and six Colombian men were arrested in raids overnight, the government said on Thursday.

Villavicencio, 59, was hit in the head as he climbed into a vehicle outside a school in the north of the capital at about 6:20 p.m., eleven days before the first round of voting. Nine other people were wounded, among them a candidate for the national assembly and two police officers, the attorney general's office said.

One suspected gunman was wounded in an exchange of fire with the candidate's security detail and died after being taken into custody, prosecutors said. Interior Minister Juan Zapata said police then raided houses in the Conocoto and San Bartolo areas of the city and detained six Colombian citizens, seizing a rifle, pistols, grenades and a motorcycle.

A video posted online showed masked, armed men claiming the killing on behalf of Los Lobos, one of the country's largest gangs, but another video circulated hours later in which men said to be from the same gang denied it. Villavicencio had said before his death that he had received threats from the leader of a rival gang, Los Choneros.

President Guillermo Lasso declared a 60-day state of emergency and three days of mourning, saying organised crime had gone too far but would feel the full weight of the law. The vote would go ahead as planned on Aug 20, electoral officials said.
""",
    [
        ev("e1", VAC, ATTACK, ECU_ATTACKERS, civ("ECU", "Fernando Villavicencio", "Villavicencio",
                                                  "presidential candidate"),
           wd("2023-08-09", "Wednesday"), None, QUITO, (2, 2),
           note="Villavicencio + the suspected gunman who died in custody after the exchange of fire; nine wounded"),
        ev("e2", STRAT, ARRESTS, ECU_POLICE, actor("six Colombians", "Colombian citizens", "suspects",
                                                   "Colombian men"),
           "2023-08-09", P12, place(["Conocoto", "San Bartolo", "Quito"], "ECU", -0.2690, -78.4790),
           note="raids overnight, six Colombians detained"),
    ])

# ---- 13. Rio, Jacarezinho ------------------------------------------------------------------------
P13 = "2021-05-07"
JACAREZINHO = place(["Jacarezinho", "Jacarezinho favela", "Rio de Janeiro"], "BRA", -22.8875, -43.2590)
doc("brazil-jacarezinho-raid-2021-05-07", P13, "Atlantic Southern Wire",
    "Rio police raid leaves 25 dead in deadliest operation in city's history",
    "wire",
    """RIO DE JANEIRO, May 7 (Atlantic Southern Wire) - Twenty-four suspected drug traffickers and a police officer were killed on Thursday when Rio de Janeiro's civil police raided the Jacarezinho favela in the city's north zone, in what rights groups called the deadliest police operation in the city's history.

About 200 officers, backed by armoured vehicles and a helicopter, entered the community at dawn in an operation against the Comando Vermelho gang, which police said was recruiting children to sell drugs. Officer Andre Frias was shot in the head early in the operation and died in hospital. Two passengers on a metro train passing the area were hit by stray bullets, and two other officers were wounded.

Police said the dead were criminals who had opened fire on officers, and that six people had been arrested. Residents said some of the men were shot after they had surrendered; one woman told reporters a wounded man was killed inside her daughter's bedroom. The state public defender's office said it had received reports of executions and that bodies had been removed before forensic examinations.

On Friday dozens of residents and activists marched through the narrow streets of Jacarezinho carrying banners demanding justice, and the United Nations human rights office called for an independent investigation.

The raid took place despite a Supreme Court order of June 2020 limiting police operations in Rio's favelas during the pandemic to exceptional cases. Police said the operation had been justified by intelligence reports.
""",
    [
        ev("e1", BATTLES, CLASH, BRA_POLICE, CV, wd("2021-05-06", "Thursday"), None, JACAREZINHO, (25, 25),
           note="24 suspects + 1 officer; residents allege executions"),
        ev("e2", STRAT, ARRESTS, BRA_POLICE, CV, "2021-05-06", None, JACAREZINHO, optional=True,
           note="six arrested during the raid (component)"),
        ev("e3", PROTESTS, PEACEFUL, actor("Protesters (Brazil)", "residents", "activists", "protesters",
                                           "demonstrators"), None,
           wd(P13, "Friday"), None, JACAREZINHO, note="march demanding justice"),
    ])

# ---- 14. Kerch Strait bridge (brief) ---------------------------------------------------------------
P14 = "2022-10-08"
KERCH = place(["Kerch Strait bridge", "Crimean bridge", "Kerch bridge", "Crimea bridge", "Kerch", "Crimea"],
              "UKR", 45.3080, 36.5130)
doc("ukraine-kerch-bridge-brief-2022-10-08", P14, "Black Sea Briefing",
    "Blast and fire damage Russia's bridge to Crimea; three dead",
    "wire brief",
    """MOSCOW/KYIV, Oct 8 (Black Sea Briefing) - Three people were killed when a truck exploded on the road section of the Kerch Strait bridge linking Russia to annexed Crimea early on Saturday, setting fire to seven fuel tank cars on the parallel railway and bringing down part of the roadway, Russian investigators said.

Moscow opened a criminal case but did not immediately say whom it held responsible. Ukrainian officials welcomed the damage to the bridge, a symbol of Russia's 2014 annexation, without claiming it. Rail traffic partly resumed in the evening.
""",
    [
        ev("e1", REMOTE, [IED, SUICIDE], either(UKR, UNID, actor("Security Service of Ukraine", "SBU",
                                                                  "Ukrainian special services")),
           either(RUS, civ("RUS", "motorists")), wd(P14, "Saturday"), None, KERCH, (3, 3),
           note="truck blast on the bridge; perpetrator not named that day"),
        ev("e2", STRAT, "Non-violent transfer of territory", RUS, UKR, "2014-01-01", "2014-12-31",
           place(["Crimea"], "UKR"), optional=True, note="'Russia's 2014 annexation' of Crimea, undated mention"),
    ])

# ---- 15. Barrage of 10 October 2022 (live blog) ----------------------------------------------------
P15 = "2022-10-10"
KYIV = place(["Kyiv", "Kiev", "Shevchenko district", "Volodymyrska Street"], "UKR", 50.4501, 30.5234)
doc("ukraine-missile-barrage-liveblog-2022-10-10", P15, "Eastern Europe Live",
    "Live: Russian missiles hit Kyiv and cities across Ukraine; Putin calls strikes a response to bridge blast",
    "live blog (GMT, newest first)",
    """Russia-Ukraine war: missiles strike Kyiv and other cities - live updates

Monday 10 October

18:40 GMT - Ukraine's emergency service says at least 14 people were killed and 97 wounded in today's strikes across the country. Power and water were cut in several regions. We are closing this blog for the night.

16:05 GMT - Kyiv police say the number of dead in the capital has risen to six, with more than 50 wounded. The strikes hit a children's playground in Shevchenko park, a busy crossroads near the university and the glass footbridge over the Dnipro, which survived.

13:20 GMT - Ukraine's commander-in-chief, Valerii Zaluzhnyi, says Russia fired 84 cruise missiles and 24 attack drones, including Iranian-made Shaheds. Air defences shot down 43 of the missiles and 13 of the drones, he says.

11:15 GMT - Regional officials report strikes on energy sites in Lviv, in the far west, where the mayor says a third of the city is without power, and explosions in Dnipro, where the governor says there are casualties. Missiles also hit Zaporizhzhia again, a day after a strike on an apartment block there on Sunday killed at least 13 people.

10:50 GMT - Vladimir Putin tells his security council that Russia carried out a massive strike with high-precision long-range weapons on Ukraine's energy, military and communications infrastructure in response to Saturday's blast on the Crimean bridge, which he calls a terrorist act organised by Ukraine's special services. If attacks on Russia continue, the response will be harsh, he warns.

09:30 GMT - Kyiv's mayor, Vitali Klitschko, says at least five people were killed in the capital and twelve wounded. Residents are sheltering in metro stations.

06:20 GMT - Explosions in central Kyiv. Air raid sirens sounded across the whole of Ukraine from early morning. Our correspondent saw smoke rising over the Shevchenko district and a burning car near a crater on Volodymyrska Street, where the rush hour was under way.

Catch-up: Three people were killed on Saturday when a truck blew up on the Kerch Strait bridge to Crimea, setting fuel wagons ablaze; Kyiv has not claimed it. Putin named the head of the air force, Sergei Surovikin, to command the war effort the same day.
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], RUS, either(UKR, civ("UKR")), wd(P15, "Monday"), None, KYIV, (5, 6),
           responds_to=["e7", "ukraine-kerch-bridge-brief-2022-10-08/e1"],
           note="Kyiv: five, then six dead; 'in response to Saturday's blast on the Crimean bridge'"),
        ev("e2", REMOTE, [MISSILE, AIR], RUS, UKR, "2022-10-10", None,
           place(["Lviv", "Lvov"], "UKR", 49.8397, 24.0297),
           responds_to=["e7", "ukraine-kerch-bridge-brief-2022-10-08/e1"], note="energy sites in Lviv"),
        ev("e3", REMOTE, [MISSILE, AIR], RUS, either(UKR, civ("UKR")), "2022-10-10", None,
           place(["Dnipro", "Dnipropetrovsk"], "UKR", 48.4647, 35.0462),
           responds_to=["e7", "ukraine-kerch-bridge-brief-2022-10-08/e1"], note="casualties, no figure"),
        ev("e4", REMOTE, [MISSILE, AIR], RUS, either(UKR, civ("UKR")), "2022-10-10", None,
           place(["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], "UKR", 47.8388, 35.1396),
           responds_to=["e7", "ukraine-kerch-bridge-brief-2022-10-08/e1"], note="hit 'again'"),
        ev("e5", REMOTE, MISSILE, RUS, civ("UKR"), wd("2022-10-09", "Sunday"), None,
           place(["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], "UKR", 47.8388, 35.1396), (13, 13),
           note="Sunday's strike on an apartment block, at least 13"),
        ev("e6", STRAT, DISRUPTED, UKR, RUS, "2022-10-10", None, place(["Ukraine"], "UKR"),
           note="43 of 84 missiles and 13 of 24 drones shot down, no place"),
        ev("e7", REMOTE, [IED, SUICIDE], either(UKR, UNID), either(RUS, civ("RUS")), "2022-10-08", None,
           KERCH, (3, 3), same_as="ukraine-kerch-bridge-brief-2022-10-08/e1", note="bridge blast recalled"),
        ev("e9", STRAT, "Change to group/activity", RUS, None, "2022-10-08", None, None, optional=True,
           note="Surovikin named commander 'the same day' (no place)"),
        ev("e8", REMOTE, [MISSILE, AIR], RUS, either(UKR, civ("UKR")), "2022-10-10", None, place(["Ukraine"], "UKR"),
           (14, 14), optional=True, responds_to=["e7"], note="nationwide aggregate, 14 dead, 97 wounded"),
    ])

# ---- 16. Negative: cricket -------------------------------------------------------------------------
P16 = "2022-10-23"
doc("sport-t20-india-pakistan-2022-10-23", P16, "Boundary Line Sports",
    "Kohli's assault sinks Pakistan in last-ball thriller at the MCG",
    "sports report (negative)",
    """MELBOURNE - Virat Kohli launched a ferocious counter-attack to drag India from the wreckage of 31 for four to a four-wicket win over Pakistan off the final ball of a breathless T20 World Cup opener in front of more than 90,000 fans at the Melbourne Cricket Ground on Sunday.

Pakistan's pace attack had India under siege early. Naseem Shah and Haris Rauf fired in short balls, Naseem bowled KL Rahul, Rauf picked off Rohit Sharma and Suryakumar Yadav cheaply, and when Axar Patel was run out in a mix-up India looked dead and buried.

Kohli and Hardik Pandya rebuilt with a partnership of 113, and Kohli, unbeaten on 82 from 53 balls, saved his heaviest artillery for the 19th over, bombarding Rauf for two sixes off the last two balls, the first a straight shot struck on the up that commentators called the shot of the tournament.

Sixteen were needed from the final over, bowled by left-arm spinner Mohammad Nawaz. Pandya fell first ball, but a waist-high no-ball that Kohli dispatched for six and a free hit that bowled him and ran away for three byes turned the over, and after Dinesh Karthik was stumped, Ravichandran Ashwin's cool lofted single killed off Pakistan's hopes.

Earlier Arshdeep Singh and Pandya took three wickets each as Pakistan were held to 159 for eight, with Shan Masood and Iftikhar Ahmed hitting half-centuries in a late blitz. Pakistan captain Babar Azam said his bowlers had executed their plans until Kohli took the game away from them. Kohli, who called it the best innings of his career, said he had no words.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
