"""Write demo/fresh2/docs.jsonl and demo/fresh2/gold.jsonl: fresh development reports written BLIND.

Run from anywhere: `python3 demo/fresh2/build.py` (stdlib only, idempotent). Written on 2026-12-01 by a
helper session that never read the extractor's code or data, never ran it and never saw its output (see
README.md). Sixteen reports about real, public incidents (2016-2025) in Sub-Saharan Africa, South Asia,
Southeast and East Asia, the Pacific and Latin America, in our own words from facts in public reporting,
written as of each `published` date (early tolls, contested claims). Outlets are fictional with `.example`
URLs; quotations are paraphrased; some details are simplified. Not a factual reference.

Every weekday and relative date the gold relies on is asserted with `datetime` (`wd`), and `check()`
validates the taxonomy against the contract, date ranges (never after publication), ids, `responds_to`
and `same_as` before anything is written.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402  (demo/gold_kit.py: place, ev, report)
from gold_kit import TAXONOMY, actor, last_week, place, wd  # noqa: E402

BATTLES, REMOTE, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"
CLASH, REGAINS, OVERTAKES = "Armed clash", "Government regains territory", "Non-state actor overtakes territory"
AIR, SUICIDE, SHELLING, IED = "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", \
    "Remote explosive/landmine/IED"
ATTACK, ABDUCTION = "Attack", "Abduction/forced disappearance"
PEACEFUL, INTERVENTION, EXCESSIVE = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VIOLENT_DEMO, MOB = "Violent demonstration", "Mob violence"
AGREEMENT, ARRESTS, CHANGE, DISRUPTED = "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use"
LOOTING, OTHER = "Looting/property destruction", "Other"

def civilians(country):
    return actor("civilians", "Civilians", f"Civilians ({country})", "residents", "villagers", "people")


def _protest_order(sub, a1, a2):
    """ACLED codes a protest met with force with the protesters as actor1 and the forces as actor2 (as dev
    does); this file was written with the forces first, so those events are swapped here."""
    return (a2, a1) if sub == EXCESSIVE else (a1, a2)


def ev(id, type_, sub, a1, a2, *args, note="", **kwargs):
    """One gold event with the coder's note (see gold_kit.ev)."""
    a1, a2 = _protest_order(sub, a1, a2)
    return gold_kit.ev(id, type_, sub, a1, a2, *args, note=note, **kwargs)


def tally(id, type_, sub, a1, a2, start, end, loc, count, note="", optional=False):
    a1, a2 = _protest_order(sub, a1, a2)
    out = gold_kit.ev(id, type_, sub, a1, a2, start, end, loc, note=note, optional=optional)
    out["kind"] = "tally"
    out["count"] = count
    return out


DOCS = []
STYLES = {}


def doc(id, published, source, title, style, text, events):
    DOCS.append(gold_kit.report(id, published, source, title, text, events))
    STYLES[id] = style


def _dates(e):
    return e["date"]["start"], e["date"]["end"]


def check():
    """Validate taxonomy, dates, ids, links and same_as of every report before writing."""
    ids = {d["id"] for d, _ in DOCS}
    assert len(ids) == len(DOCS), "duplicate document ids"
    gold = {d["id"]: {e["id"]: e for e in evs} for d, evs in DOCS}
    for d, evs in DOCS:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]), d["id"]
        assert len({e["id"] for e in evs}) == len(evs), f"{d['id']}: duplicate event ids"
        for e in evs:
            where = f"{d['id']}/{e['id']}"
            types = e["event_type"] if isinstance(e["event_type"], list) else [e["event_type"]]
            subs = e["sub_event_type"] if isinstance(e["sub_event_type"], list) else [e["sub_event_type"]]
            allowed = set().union(*(TAXONOMY[t] for t in types))
            for s in subs:
                assert s in allowed, f"{where}: {s!r} is not a sub-event type of {types}"
            start, end = _dates(e)
            dt.date.fromisoformat(start)
            dt.date.fromisoformat(end)
            assert start <= end <= d["published"], f"{where}: dates {start}..{end} after {d['published']}"
            f = e["fatalities"]
            if f is not None:
                assert f["low"] is None or f["high"] is None or f["low"] <= f["high"], where
            for r in e["responds_to"]:
                other_doc, _, other = r.rpartition("/")
                target = gold[other_doc or d["id"]]
                assert other in target, f"{where}: responds_to {r} does not resolve"
            if "same_as" in e:
                other_doc, _, other = e["same_as"].partition("/")
                assert other_doc in gold and other in gold[other_doc], f"{where}: same_as does not resolve"
                assert other_doc != d["id"], f"{where}: same_as within one report"
            if e["kind"] == "tally":
                assert isinstance(e.get("count"), int), where
            for a in (e["actor1"], e["actor2"]):
                assert a is None or a["names"], where
            assert e["location"] is None or e["location"]["names"], where


def main():
    check()
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as fd, open(HERE / "gold.jsonl", "w", encoding="utf-8") as fg:
        for d, evs in DOCS:
            fd.write(json.dumps(d, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"doc": d, "events": evs}, ensure_ascii=False) + "\n")
    words = sum(len(d["text"].split()) for d, _ in DOCS)
    req = [e for _, evs in DOCS for e in evs if not e.get("optional")]
    links = sum(len(e["responds_to"]) for _, evs in DOCS for e in evs)
    cross = sum(1 for _, evs in DOCS for e in evs for r in e["responds_to"] if "/" in r)
    same = sum(1 for _, evs in DOCS for e in evs if "same_as" in e)
    print(f"{len(DOCS)} reports, {words} words, {sum(len(e) for _, e in DOCS)} gold items, "
          f"{sum(1 for e in req if e['kind'] == 'event')} required events, "
          f"{sum(1 for e in req if e['kind'] == 'tally')} required tallies, {links} responds_to links "
          f"({cross} across reports), {same} same_as")
    for d, evs in DOCS:
        r = sum(1 for e in evs if not e.get("optional"))
        print(f"| `{d['id']}` | {STYLES[d['id']]} | {len(d['text'].split())} | {r}/{len(evs) - r} |")


# ---------------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------------
IND = actor("Military Forces of India", "India", "Indian military", "Indian army", "Indian Army", "Indian forces",
            "Indian air force", "Indian Air Force", "IAF", "Indian troops", "Indian soldiers", "Indian jets",
            "Indian warplanes", code="IND")
PAK = actor("Military Forces of Pakistan", "Pakistan", "Pakistani military", "Pakistani army", "Pakistan Army",
            "Pakistani forces", "Pakistan Air Force", "Pakistani air force", "PAF", "Pakistani jets", code="PAK")
JEM = actor("Jaish-e-Mohammad", "Jaish-e-Mohammed", "JeM", "Jaish", "militants", "Militants")
KEN = actor("Military Forces of Kenya", "Kenya", "Kenya Defence Forces", "KDF", "Kenyan troops", "Kenyan soldiers",
            "Kenyan forces", "Kenyan army", "Kenyan military", "AMISOM", "African Union", "Kenyan jets", code="KEN")
SHABAAB = actor("Al Shabaab", "al-Shabaab", "Al-Shabaab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen",
                "militants", "Militants", "Islamist militants")

# ---------------------------------------------------------------------------------------------------
# 1-2. Owo church attack, Ondo state, Nigeria, Pentecost Sunday 2022-06-05 (two outlets)
# ---------------------------------------------------------------------------------------------------
OWO_DAY = wd("2022-06-05", "Sunday")
OWO = place(["Owo", "St Francis Xavier Catholic Church", "St. Francis Xavier Catholic Church", "Ondo", "Ondo state",
             "Ondo State"], "NGA", 7.196, 5.586)
OWO_GUNMEN = actor("gunmen", "Gunmen", "Unidentified Armed Group (Nigeria)", "unidentified armed group", "attackers",
                   "assailants", "Islamic State West Africa Province", "ISWAP", "Islamic State West Africa",
                   "militants")
WORSHIPPERS = actor("worshippers", "civilians", "Civilians", "Civilians (Nigeria)", "Christians", "congregants",
                    "churchgoers", "people")

doc("nigeria-owo-church-wire-2022-06-06", wd("2022-06-06", "Monday"), "Lagoon Wire",
    "Gunmen kill dozens at Pentecost mass in southwest Nigeria", "wire",
    """AKURE, Nigeria, June 6 (Lagoon Wire) - Gunmen armed with rifles and explosives stormed a Catholic church in the southwestern Nigerian town of Owo during Pentecost mass, killing dozens of worshippers in an attack that has stunned a region long spared the violence of the north.

The attackers opened fire inside St Francis Xavier Catholic Church shortly before the end of the service on Sunday morning and set off at least one explosive near the entrance, witnesses told local radio. Some of them had mingled with the congregation, a church worker said; others waited outside and shot at people trying to flee.

There was still no agreed death toll on Monday. The member of the federal House of Representatives for Owo said more than 50 people had been killed, many of them women and children. A doctor at the Federal Medical Centre in the town, who asked not to be named because he was not authorised to speak, said the hospital had received at least 22 bodies and was treating dozens of wounded, some of them with gunshot wounds to the head. Police in Ondo state declined to give a figure.

"Our hearts are broken," said a parishioner who lost his wife and two daughters. "We came to pray and we are carrying bodies."

Ondo state governor Rotimi Akeredolu, who returned to the town from Abuja, described the attack as a vile assault on innocent people and said the state would spend whatever it took to track down the killers. President Muhammadu Buhari condemned what he called a heinous killing of worshippers and said the country would never give in to evil people. Pope Francis said he was praying for the victims, struck down at a moment of celebration.

No group has said it carried out the attack. Ondo, in the Yoruba heartland, has had its share of kidnappings on its highways and of clashes between herders and farmers, but attacks on places of worship have until now been concentrated in the northeast, where Boko Haram and Islamic State West Africa Province have waged an insurgency since 2009, and in the northwest, where armed gangs known as bandits raid villages and schools.

The Catholic diocese of Ondo said the parish priest and several other clergy had survived. Shops and markets in Owo stayed shut on Monday, and community leaders appealed to young men not to take the law into their own hands.""",
    [ev("g1", [VAC, REMOTE], [ATTACK, IED], OWO_GUNMEN, WORSHIPPERS, OWO_DAY, None, OWO, dead=(22, 50),
        note="gunmen and explosives at St Francis Xavier church on Sunday; 22 bodies at the hospital vs more "
             "than 50 (lawmaker)")])

doc("nigeria-owo-iswap-2022-06-10", wd("2022-06-10", "Friday"), "Savannah Ledger",
    "Nigeria blames Islamic State affiliate for Owo church massacre", "newspaper",
    """ABUJA - Nigeria's government on Thursday blamed Islamic State West Africa Province (ISWAP) for last Sunday's massacre at a Catholic church in Owo, the first time the jihadist group has been accused of an attack so far from its strongholds around Lake Chad.

The interior minister told reporters after a meeting of the National Security Council that the attackers were ISWAP fighters and that security agencies were "on their trail". He gave no evidence and ISWAP, which usually publicises its operations through the Islamic State group's channels, had made no claim by Friday. The group is best known outside Nigeria for seizing 110 schoolgirls from a boarding school in Dapchi, in Yobe state, on Feb. 19, 2018; most were brought back a month later, but five died in captivity and one, Leah Sharibu, is still held.

The Ondo state government also revised the number of dead. Its health commissioner said on Thursday that 40 people had been killed in the attack on St Francis Xavier Catholic Church and that 61 survivors were still in hospital, lower than the figure of more than 50 given by a local lawmaker on the day and higher than the 22 bodies first counted by the town's main hospital.

Analysts cautioned against reading too much into the government's attribution. "Blaming ISWAP tells people this is an external problem coming from the northeast," said a security consultant based in Lagos. "But whoever did this needed local knowledge, a safe house and a way out of town." Some southern politicians have instead pointed at armed herders, a charge that Fulani associations rejected as incitement.

The massacre has revived calls in the southwest for state police forces and for Amotekun, the regional security network set up by six southwestern governors in 2020, to be allowed to carry automatic weapons. Governor Rotimi Akeredolu, who chairs the region's governors' forum, said the state would not be cowed and promised a reward for information.

Funerals for the victims are due to begin next week. The Catholic bishop of Ondo, Jude Arogundade, said the parish would hold mass again in the damaged church "to show that fear has not won".""",
    [ev("g1", [VAC, REMOTE], [ATTACK, IED], OWO_GUNMEN, WORSHIPPERS, OWO_DAY, None, OWO, dead=(22, 50),
        same_as="nigeria-owo-church-wire-2022-06-06/g1",
        note="'last Sunday's massacre' (the Friday report's last Sunday is June 5); toll 40 (state) next to "
             "'more than 50' and 22 recalled"),
     ev("g2", VAC, ABDUCTION, actor("Islamic State West Africa Province", "ISWAP", "Islamic State West Africa",
                                    "militants", "Boko Haram", "jihadists"),
        actor("schoolgirls", "students", "civilians", "Civilians (Nigeria)", "girls"), wd("2018-02-19", "Monday"),
        None, place(["Dapchi", "Yobe", "Yobe state", "Government Girls Science and Technical College"], "NGA"),
        note="Dapchi abduction of 110 schoolgirls, Feb. 19, 2018; five died in captivity (not at the abduction: "
             "no figure)")])

# ---------------------------------------------------------------------------------------------------
# 3-4. Pulwama bombing 2019-02-14 and the Balakot strike and aerial clash of 2019-02-26/27
# ---------------------------------------------------------------------------------------------------
PULWAMA_DAY = wd("2019-02-14", "Thursday")
PULWAMA = place(["Lethpora", "Pulwama", "Pulwama district", "Awantipora", "Jammu-Srinagar highway",
                 "Kashmir", "Jammu and Kashmir"], "IND", 33.95, 74.98)
CRPF = actor("Central Reserve Police Force", "CRPF", "Police Forces of India", "Indian paramilitary police",
             "paramilitary police", "Indian police", "India", "Military Forces of India", "Indian security forces",
             code="IND")
URI_DAY = wd("2016-09-18", "Sunday")
URI_STRIKES = "2016-09-29"
assert dt.date.fromisoformat(URI_STRIKES) - dt.date.fromisoformat(URI_DAY) == dt.timedelta(days=11)

doc("india-pulwama-wire-2019-02-15", wd("2019-02-15", "Friday"), "Monsoon Wire",
    "India vows response after Kashmir car bomb kills 40 paramilitary police", "wire",
    """SRINAGAR, India, Feb 15 (Monsoon Wire) - India promised on Friday to make Pakistan pay a heavy price for a suicide car bombing that killed at least 40 paramilitary police in Kashmir, the deadliest attack on Indian security forces in the region in three decades.

A local man drove a vehicle packed with explosives into a bus carrying members of the Central Reserve Police Force (CRPF) on the Jammu-Srinagar highway at Lethpora, in Pulwama district, on Thursday afternoon. The bus was one of 78 vehicles carrying about 2,500 personnel back to the Kashmir valley after leave.

The CRPF said 40 of its men had been killed and several more wounded; some officials had earlier put the toll at 44. The force of the blast scattered remains across the road, slowing identification, a police officer at the scene said.

Jaish-e-Mohammad (JeM), a militant group based in Pakistan, claimed responsibility and circulated a video of the bomber, whom police named as Adil Ahmad Dar, a young man from Kakapora, a village a few kilometres from the blast site.

Prime Minister Narendra Modi said security forces had been given a free hand to decide the time and place of their response. India withdrew the most-favoured-nation trade status it had granted Pakistan and summoned its envoy. Pakistan's foreign ministry condemned the bombing and rejected any suggestion that it was linked to it.

In Jammu, the Hindu-majority winter capital, authorities imposed a curfew on Friday after crowds protesting against the attack torched cars and attacked vehicles with Kashmiri number plates. Police said several people were hurt.

The attack was deadlier than the raid on an army base at Uri, near the Line of Control, at dawn on Sept. 18, 2016, when four gunmen killed 19 soldiers before they were themselves shot dead. Eleven days later, India announced that its commandos had carried out "surgical strikes" on militant launch pads across the Line of Control in retaliation for the Uri attack. Pakistan denied that any such raid had taken place and said two of its soldiers had been killed in cross-border firing that night.

Retired generals said a similar, or larger, reprisal was likely this time, and that India would be under pressure to act before national elections due by May.""",
    [ev("g1", REMOTE, SUICIDE, JEM, CRPF, PULWAMA_DAY, None, PULWAMA, dead=(40, 44),
        note="car bomb on the CRPF convoy at Lethpora on Thursday; 40 (CRPF) or 44 (earlier)"),
     ev("g2", RIOTS, [VIOLENT_DEMO, MOB], actor("rioters", "Rioters (India)", "protesters", "Protesters (India)",
                                               "crowds", "mob", "mobs"),
        actor("civilians", "Civilians (India)", "Kashmiris", "Kashmiri", "people"), "2019-02-15", None,
        place(["Jammu", "Jammu city", "Jammu and Kashmir"], "IND", 32.73, 74.86),
        note="crowds torch cars in Jammu on Friday; curfew (no figure, several hurt)"),
     ev("g3", BATTLES, CLASH, actor("militants", "Militants", "gunmen", "Gunmen", "Jaish-e-Mohammad", "attackers"),
        IND, URI_DAY, None, place(["Uri", "Uri army base", "Line of Control", "Baramulla", "Jammu and Kashmir"],
                                  "IND", 34.08, 74.03),
        dead=(23, 23), note="Uri base raid, Sept 18, 2016: 19 soldiers plus the four gunmen shot dead (23)"),
     ev("g4", BATTLES, CLASH, IND, actor("militants", "Militants", "militant launch pads", "Pakistan",
                                                         "Military Forces of Pakistan", "Pakistani soldiers"),
        URI_STRIKES, None, place(["Line of Control", "LoC", "Pakistan-administered Kashmir", "Azad Kashmir",
                                  "Kashmir"], "PAK"),
        responds_to=["g3"], note="'surgical strikes' eleven days after Uri, in retaliation for it; Pakistan denies "
                                 "the raid, says two soldiers died in firing (no agreed figure: null)")])

BALAKOT_DAY = wd("2019-02-26", "Tuesday")
doc("india-pakistan-balakot-2019-02-27", wd("2019-02-27", "Wednesday"), "Harbour Post",
    "Pakistan says it downed Indian jet, captured pilot a day after Balakot raid", "wire",
    """NEW DELHI/ISLAMABAD, Feb 27 (Harbour Post) - Pakistan said it shot down an Indian fighter jet over Kashmir on Wednesday and captured its pilot, a day after Indian warplanes bombed what New Delhi described as a militant training camp deep inside Pakistan, the most serious clash between the nuclear-armed rivals in decades.

Pakistan's military spokesman said its air force had struck "non-military targets" across the Line of Control in Indian-administered Kashmir in the morning, in response to India's raid, deliberately avoiding human losses. Indian jets that crossed the line in pursuit were engaged, he said, and one of them came down on the Pakistani side, in the Bhimber district. Pakistan at first said two Indian aircraft had been hit and two pilots taken, then said only one pilot was in its custody.

India's foreign ministry said it had lost a MiG-21 and that its pilot was missing, and said its own fighters had shot down a Pakistani F-16, which Islamabad denied. Indian officials said Pakistani jets had dropped bombs near army positions in the Nowshera sector of Rajouri district, causing no damage or casualties. A video released in Pakistan showed the captured pilot, Wing Commander Abhinandan Varthaman, blindfolded and bleeding, and later drinking tea with his captors.

Before dawn on Tuesday, Indian Mirage 2000 jets struck a camp of Jaish-e-Mohammad near the town of Balakot in Pakistan's Khyber Pakhtunkhwa province. Foreign Secretary Vijay Gokhale said a "very large number" of militants, trainers and commanders had been killed, and called the raid a non-military, pre-emptive action taken in response to the Feb. 14 suicide bombing in Pulwama that killed 40 Indian paramilitary police. Pakistan said the Indian planes had released their bombs over a forested hillside near the village of Jaba as they fled, and that nobody had been killed; villagers showed reporters craters and broken pine trees, and said one man had been hurt.

Troops on both sides of the Line of Control traded heavy fire through Tuesday night, officials in both countries said, each accusing the other of targeting villages.

Prime Minister Imran Khan, in a televised address, offered talks and warned that neither side could control where a war would lead. Pakistan closed its airspace and India shut several airports in the north. China and the United States urged both countries to show restraint.""",
    [ev("g1", REMOTE, AIR, IND, JEM, BALAKOT_DAY, None,
        place(["Balakot", "Jaba", "Khyber Pakhtunkhwa", "Pakistan"], "PAK", 34.55, 73.35),
        responds_to=["india-pulwama-wire-2019-02-15/g1"],
        note="Indian raid on the JeM camp before dawn on Tuesday, 'in response to' Pulwama; 'very large number' vs "
             "nobody killed: no figure to score"),
     ev("g2", REMOTE, AIR, PAK, IND, "2019-02-27", None,
        place(["Nowshera", "Rajouri", "Rajouri district", "Line of Control", "Indian-administered Kashmir",
               "Jammu and Kashmir"], "IND", 33.15, 74.24), dead=(0, 0), responds_to=["g1"],
        note="Pakistani jets strike across the LoC 'in response to India's raid'; no damage or casualties"),
     ev("g3", [BATTLES, STRATEGIC], [CLASH, DISRUPTED], PAK, IND, "2019-02-27", None,
        place(["Bhimber", "Bhimber district", "Pakistan-administered Kashmir", "Azad Kashmir", "Kashmir"], "PAK",
              32.97, 74.07),
        note="Indian MiG-21 shot down over Bhimber, pilot captured (no deaths reported: null)"),
     ev("g4", REMOTE, SUICIDE, JEM, CRPF, PULWAMA_DAY, None, PULWAMA, dead=(40, 40),
        same_as="india-pulwama-wire-2019-02-15/g1", note="the Feb. 14 Pulwama bombing, recalled"),
     ev("o1", REMOTE, SHELLING, actor(*IND["names"], *PAK["names"]), actor(*PAK["names"], *IND["names"]),
        "2019-02-26", "2019-02-27", place(["Line of Control", "LoC", "Kashmir"], "IND"), optional=True,
        note="fire traded along the LoC through Tuesday night (two countries, no place)")])

# ---------------------------------------------------------------------------------------------------
# 5-6. El Adde, Gedo, Somalia, 2016-01-15, and the Kenyan reprisal (wire, then a KDF statement)
# ---------------------------------------------------------------------------------------------------
EL_ADDE_DAY = wd("2016-01-15", "Friday")
EL_ADDE = place(["El Adde", "El-Adde", "El Ade", "Ceel Cado", "Ceelcado", "Gedo", "Gedo region"], "SOM")
BDI = actor("Military Forces of Burundi", "Burundi", "Burundian troops", "Burundian soldiers", "Burundian forces",
            "AMISOM", "African Union", code="BDI")
UGA = actor("Military Forces of Uganda", "Uganda", "Ugandan troops", "Ugandan soldiers", "Ugandan forces",
            "Uganda People's Defence Force", "UPDF", "AMISOM", "African Union", code="UGA")

doc("somalia-el-adde-wire-2016-01-16", wd("2016-01-16", "Saturday"), "Rift Valley Wire",
    "Al Shabaab overruns Kenyan base in Somalia, claims scores killed", "wire",
    """NAIROBI/MOGADISHU, Jan 16 (Rift Valley Wire) - Al Shabaab fighters overran an African Union base manned by Kenyan troops in southwestern Somalia on Friday, and the Islamist group said it had killed more than 100 soldiers, a claim Kenya dismissed as propaganda without giving a toll of its own.

The attack on the camp at El Adde, in the Gedo region near the borders with Kenya and Ethiopia, began at dawn when a suicide bomber drove a vehicle laden with explosives into the gate, residents and a Somali military officer said. Waves of fighters then stormed the base, which was also used by a small unit of the Somali National Army.

The Somali officer, speaking by telephone from the regional capital Garbahaarey, said dozens of Kenyan soldiers had been killed and others taken prisoner. Al Shabaab's military spokesman said the group had seized weapons and vehicles and posted photographs of what it said were dead soldiers. None of the claims could be independently verified.

Kenya's chief of defence forces, General Samson Mwathethe, said the troops had fought gallantly and that the military would not discuss casualties until families had been told. President Uhuru Kenyatta said the attackers would be hunted down and that Kenya would not withdraw from Somalia, where it has had troops since 2011.

It is the third time in seven months that al Shabaab has overrun an AU base. On June 26 last year fighters stormed a base held by Burundian troops at Leego, on the road between Mogadishu and Baidoa, killing dozens of soldiers, and on Sept. 1 they captured a Ugandan-held camp at Janaale, in the Lower Shabelle region. Uganda said 12 of its soldiers died at Janaale; diplomats said the real figure was higher.

"The group has learned to mass several hundred fighters against isolated positions and hit them before air support can arrive," said a former AU officer now with a Nairobi think-tank. "The bases are too small and too far apart."

The AU mission said it was sending reinforcements to the Gedo region.""",
    [ev("g1", BATTLES, [OVERTAKES, CLASH], SHABAAB, KEN, EL_ADDE_DAY, None, EL_ADDE, dead=(12, 100),
        note="El Adde base overrun on Friday; 'dozens' (12) from a Somali officer vs 'more than 100' (Shabaab)"),
     ev("o1", REMOTE, SUICIDE, SHABAAB, KEN, EL_ADDE_DAY, None, EL_ADDE, optional=True,
        note="the suicide car bomb at the gate that opened the assault (a component)"),
     ev("g2", BATTLES, [OVERTAKES, CLASH], SHABAAB, BDI, wd("2015-06-26", "Friday"), None,
        place(["Leego", "Leego base", "Lego", "Bay", "Bay region"], "SOM"), dead=(12, 12),
        note="Leego base stormed 'on June 26 last year'; dozens"),
     ev("g3", BATTLES, [OVERTAKES, CLASH], SHABAAB, UGA, "2015-09-01", None,
        place(["Janaale", "Janale", "Lower Shabelle", "Lower Shabelle region"], "SOM"), dead=(12, 12),
        note="Janaale camp captured Sept. 1 (2015); Uganda says 12"),
     tally("t1", BATTLES, [OVERTAKES, CLASH], SHABAAB, actor("AMISOM", "African Union", "African Union troops",
                                                             "AU troops", *KEN["names"]),
           "2015-06-15", EL_ADDE_DAY, place(["Somalia"], "SOM"), 3,
           note="'the third time in seven months that al Shabaab has overrun an AU base' (Leego, Janaale, El Adde)")])

doc("kenya-kdf-el-adde-statement-2016-01-17", wd("2016-01-17", "Sunday"), "KDF Press Desk",
    "KDF statement on the El Adde attack and subsequent operations", "military press release (paraphrase)",
    """PRESS STATEMENT (paraphrase) - Kenya Defence Forces, Department of Defence, Nairobi, 17 January 2016

1. The Kenya Defence Forces (KDF) wishes to update the public on the attack on the AMISOM forward operating base at El Adde, Gedo region, Somalia.

2. At about 0530 hours on Friday, 15 January 2016, KDF troops at El Adde were attacked by a large group of al Shabaab militants who used a vehicle-borne improvised explosive device to breach the camp. Our soldiers engaged the attackers and fought gallantly. The number of our soldiers who lost their lives will be communicated once the next of kin have been informed. Claims by the militants of over 100 soldiers killed are propaganda and should be disregarded.

3. In response to the cowardly attack, KDF aircraft on Saturday, 16 January, struck al Shabaab positions and fleeing militants around El Adde and along their escape routes towards the Juba valley, destroying several technicals (armed pick-up trucks) and killing a number of militants.

4. By Saturday evening, reinforcements had re-established control of the El Adde camp and the surrounding area. Search operations are continuing. The remains of a number of fallen soldiers have been recovered and flown to Nairobi, and wounded personnel are receiving treatment at the Forces Memorial Hospital.

5. KDF remains committed to the AMISOM mission and will continue to pursue the militants wherever they are. Kenyans are urged to avoid sharing images or information from militant sources on social media, which only serves the interests of the terrorists.

6. The Chief of Defence Forces conveys his condolences to the families of the fallen heroes.

Issued by the KDF Spokesperson.""",
    [ev("g1", REMOTE, AIR, KEN, SHABAAB, "2016-01-16", None, EL_ADDE,
        responds_to=["g3", "somalia-el-adde-wire-2016-01-16/g1"],
        note="KDF air strikes around El Adde on Saturday 'in response to' the attack (no figure: 'a number')"),
     ev("g2", BATTLES, REGAINS, KEN, SHABAAB, "2016-01-16", None, EL_ADDE,
        note="reinforcements re-establish control of El Adde camp by Saturday evening"),
     ev("g3", BATTLES, [OVERTAKES, CLASH], SHABAAB, KEN, EL_ADDE_DAY, None, EL_ADDE,
        same_as="somalia-el-adde-wire-2016-01-16/g1",
        note="the attack of Friday 15 January, recalled; no toll given (the militants' claim is rejected)")])

# ---------------------------------------------------------------------------------------------------
# 7-8. Jolo cathedral bombing, Sulu, Philippines, 2019-01-27 (wire, then a garbled copy)
# ---------------------------------------------------------------------------------------------------
JOLO_DAY = wd("2019-01-27", "Sunday")
JOLO = place(["Jolo", "Our Lady of Mount Carmel Cathedral", "Jolo cathedral", "Sulu", "Jolo island"], "PHL",
             6.05, 121.00)
JOLO_BOMBERS = actor("Abu Sayyaf", "Abu Sayyaf Group", "ASG", "Ajang-Ajang", "Islamic State", "IS", "ISIS",
                     "Islamic State (Philippines)", "suicide bombers", "bombers", "militants",
                     "unidentified armed group")
PHL_CIV = actor("civilians", "Civilians", "Civilians (Philippines)", "worshippers", "churchgoers", "people",
                "Military Forces of the Philippines", "soldiers")

doc("philippines-jolo-cathedral-wire-2019-01-27", JOLO_DAY, "Sulu Sea Wire",
    "Twin blasts at Philippine cathedral kill 27 during Sunday mass", "wire",
    """JOLO, Philippines, Jan 27 (Sulu Sea Wire) - Two bombs exploded at a Roman Catholic cathedral on the southern Philippine island of Jolo during Sunday mass, killing at least 27 people and wounding 77, the military said, less than a week after the region voted on a long-awaited autonomy deal.

The first blast went off inside the Cathedral of Our Lady of Mount Carmel at about 8:45 a.m., as the service was under way. A second device exploded in the car park outside as soldiers rushed in to help, a military spokesman in Mindanao said. Five soldiers and a coast guard member were among the dead, along with at least 20 civilians, he said.

Photographs circulated on social media showed shattered pews and bodies in the street outside the church. The wounded were taken to the town hospital and some were flown to Zamboanga City by military helicopters.

Islamic State said in a statement carried by its Amaq agency that two of its "martyrdom seekers" had carried out the attack. Military officials had earlier blamed the Ajang-Ajang faction of the Abu Sayyaf group, which has pledged allegiance to Islamic State, and said the bombs appeared to have been set off remotely.

President Rodrigo Duterte's spokesman said the armed forces would "pursue to the ends of the earth" the people behind the attack and crush them. Defence Secretary Delfin Lorenzana said he had ordered troops in Sulu to heighten security.

Voters in the Muslim-majority region approved the Bangsamoro Organic Law in a referendum on Monday, but Sulu province voted against it. Military officials said it was too early to say whether the bombing was meant to derail the new autonomous region.

It was the deadliest bombing in the southern Philippines since a blast tore through a crowded night market in Davao City, Duterte's home town, on the night of Sept. 2, 2016, killing 14 people and wounding dozens. Police later arrested suspects they said belonged to the Maute group, which went on to lay siege to Marawi the following year.""",
    [ev("g1", REMOTE, [SUICIDE, IED], JOLO_BOMBERS, PHL_CIV, JOLO_DAY, None, JOLO, dead=(27, 27),
        note="two blasts at the cathedral, inside and in the car park, one event; 27 killed (military)"),
     ev("g2", REMOTE, IED, actor("Maute group", "Maute", "militants", "Dawlah Islamiyah",
                                 "unidentified armed group", "bombers"),
        actor("civilians", "Civilians", "Civilians (Philippines)", "people", "shoppers"),
        wd("2016-09-02", "Friday"), "2016-09-03",
        place(["Davao City", "Davao", "Roxas night market", "night market"], "PHL", 7.07, 125.61),
        dead=(14, 14), note="Davao night market bombing on the night of Sept. 2, 2016")])

doc("philippines-jolo-garbled-2019-01-29", wd("2019-01-29", "Tuesday"), "PinoyNewsHub",
    "Jolo Cathedral Blast Death Toll Revise To 20, Duterte Visit Site Vow Destroy Abu Sayyaf", "garbled machine-rewritten web copy",
    """Jolo Cathedral Blast Death Toll Revise To 20, Duterte Visit Site Vow Destroy Abu Sayyaf

MANILA (PinoyNewsHub) – The number of fatality in the twin bombing at the Our Lady of Mount Carmel Cathedral in Jolo, Sulu was been revised downward to 20 from the earlier 27, the authority said Monday, explaining that some of the victim was counted twice by the different hospital and agency.

Military regional command said total of 20 people was die in the explosion which happen during the Sunday mass, 15 of them civilian and 5 were soldier, while more than 100 other was sustain injury, most of them already discharge.

President Rodrigo Duterte go to Jolo on Monday afternoon and visited the blast site and the wake of the fallen soldier, he said the government will "destroy" the Abu Sayyaf and order the military to do everything for the capture of the perpetrator. "I will go after them," he was quoted by his spokesperson. He also said he will not let the terrorist to derail the peace in Mindanao.

Some official said in interview that the bombing was possibly suicide attack carried by foreigner, but police said investigation still ongoing and the first theory was bomb was detonate remotely using cellphone. The Islamic State group is claimed the attack thru its news agency.

Meanwhile the security in all church in Mindanao was tighten, police put checkpoints in Zamboanga City and Cotabato. Catholic bishops condemn the "barbaric" attack and ask the faithful to pray, not to hate.

The military say it will launch fresh offensives against the Abu Sayyaf in the mountains of Patikul and Indanan in coming days.

READ ALSO: Bangsamoro law ratify, Cotabato City join new region

Source link

Share this:
Facebook
Twitter
WhatsApp""",
    [ev("g1", REMOTE, [SUICIDE, IED], JOLO_BOMBERS, PHL_CIV, JOLO_DAY, None, JOLO, dead=(20, 27),
        same_as="philippines-jolo-cathedral-wire-2019-01-27/g1",
        note="'during the Sunday mass'; revised to 20 from 27")])

# ---------------------------------------------------------------------------------------------------
# 9. Myanmar, Hlaing Tharyar, 2021-03-14 (live blog, GMT timestamps, reverse order)
# ---------------------------------------------------------------------------------------------------
MMR = actor("Military Forces of Myanmar", "Myanmar military", "Tatmadaw", "military", "army", "junta",
            "security forces", "soldiers", "troops", "Police Forces of Myanmar", "police", "Myanmar police",
            "Myanmar", code="MMR")
MMR_PROTESTERS = actor("Protesters (Myanmar)", "protesters", "demonstrators", "anti-coup protesters",
                       "pro-democracy protesters", "civilians", "Civilians (Myanmar)", "residents")
HLAING = place(["Hlaing Tharyar", "Hlaingthaya", "Hlaing Thar Yar", "Hlaing Tharyar township", "Yangon", "Rangoon"],
               "MMR", 16.87, 96.06)
MARCH14 = wd("2021-03-14", "Sunday")

doc("myanmar-hlaing-tharyar-liveblog-2021-03-14", MARCH14, "Delta Live Desk",
    "Myanmar live: deadliest day in Yangon as factories burn and martial law declared", "live blog (local timestamps, reverse order)",
    """Myanmar coup: live updates

Sunday 14 March 2021 (all times Yangon, GMT+6:30)

17:45 - State television has announced martial law in Hlaing Tharyar and neighbouring Shwepyitha, handing administrative and judicial powers in the two Yangon townships to the regional military commander. The announcer said the measure was taken in response to the arson attacks on factories in Hlaing Tharyar earlier today and to "protect the security of the public".

17:10 - The Assistance Association for Political Prisoners (AAPP), which has been counting deaths since the coup, says at least 38 people were killed across Myanmar today, at least 22 of them in Hlaing Tharyar. A volunteer rescue group working in the township told us it had collected about 30 bodies and expected more. Today is already the bloodiest day since 3 March, when the United Nations said 38 people were shot dead in several cities.

16:20 - Two protesters were killed in Mandalay when soldiers fired on a march near the city's 35th Street this afternoon, a local medic says. Another man was shot dead in Bago, according to residents, though we have not been able to confirm it.

15:05 - China's embassy in Yangon says many Chinese-invested factories in Hlaing Tharyar were "smashed, looted and set on fire" by unidentified people and that several Chinese staff were hurt or trapped. It is asking Myanmar's authorities to punish the culprits and protect Chinese businesses. Protesters online denied they were behind the fires; some said the attacks were a setup.

12:40 - Witnesses in Hlaing Tharyar say soldiers and police are firing live rounds at protesters sheltering behind barricades of sandbags and tyres near the Hlaing Tharyar bridge. "They are shooting at anyone who moves," a resident said by phone. Black smoke is visible from downtown.

10:30 - Fires broke out at no fewer than four garment and fertiliser factories in the Hlaing Tharyar industrial zone, a fire department official says. Fire engines could not get through the barricades.

08:15 - Good morning and welcome to our coverage. Quick catch-up: Myanmar's military seized power on 1 February, detaining the elected leader Aung San Suu Kyi and other leaders of her National League for Democracy in the capital, Naypyitaw. Protests and a civil disobedience movement have spread to every region since. Security forces killed at least 12 people on Saturday, the AAPP says, and the acting leader of the shadow civilian government, Mahn Win Khaing Than, vowed in a speech overnight to pursue a "revolution" against the junta.""",
    [ev("g1", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, MARCH14, None, HLAING, dead=(22, 30),
        note="live fire on protesters in Hlaing Tharyar; 22 (AAPP) to about 30 (rescue group)"),
     ev("g2", [STRATEGIC, RIOTS], [LOOTING, VIOLENT_DEMO, MOB],
        actor("unidentified people", "unidentified group", "Unidentified Armed Group (Myanmar)", "rioters",
              "Rioters (Myanmar)", "arsonists", "attackers", "protesters"),
        actor("Chinese-invested factories", "factories", "Chinese staff", "civilians", "Civilians (China)",
              "Civilians (Myanmar)"),
        MARCH14, None, HLAING, note="factories smashed, looted and set on fire by unidentified people"),
     ev("g3", STRATEGIC, OTHER, MMR, actor("civilians", "residents", "Civilians (Myanmar)"), MARCH14, None,
        place(["Hlaing Tharyar", "Shwepyitha", "Yangon"], "MMR", 16.87, 96.06), responds_to=["g2"], optional=True,
        note="martial law declared 'in response to the arson attacks' (a non-violent decree: optional)"),
     ev("g4", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, MARCH14, None,
        place(["Mandalay", "35th Street"], "MMR", 21.97, 96.08), dead=(2, 2),
        note="two protesters killed in Mandalay this afternoon"),
     ev("o1", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, MARCH14, None, place(["Bago", "Pegu"], "MMR", 17.34, 96.48),
        dead=(1, 1), optional=True, note="one man shot dead in Bago, unconfirmed"),
     ev("g5", STRATEGIC, [ARRESTS, OTHER], MMR,
        actor("Aung San Suu Kyi", "National League for Democracy", "NLD", "NLD leaders", "Government of Myanmar"),
        "2021-02-01", None, place(["Naypyitaw", "Nay Pyi Taw", "Naypyidaw"], "MMR", 19.76, 96.08),
        note="coup of 1 February: Suu Kyi and NLD leaders detained in Naypyitaw"),
     ev("o2", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, wd("2021-03-03", "Wednesday"), None,
        place(["Myanmar"], "MMR"), dead=(38, 38), optional=True,
        note="3 March, 38 shot dead 'in several cities' (a nationwide aggregate)"),
     ev("o3", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, wd("2021-03-13", "Saturday"), None,
        place(["Myanmar"], "MMR"), dead=(12, 12), optional=True, note="at least 12 killed on Saturday, no place"),
     ev("o4", PROTESTS, EXCESSIVE, MMR, MMR_PROTESTERS, MARCH14, None, place(["Myanmar"], "MMR"),
        optional=True, note="38 across Myanmar today: a total over several events (no figure to score)")])

# ---------------------------------------------------------------------------------------------------
# 10. Pakistan, unrest after Imran Khan's arrest, 2023-05-09/10
# ---------------------------------------------------------------------------------------------------
KHAN_ARREST = wd("2023-05-09", "Tuesday")
PTI = actor("Pakistan Tehreek-e-Insaf", "PTI", "Pakistan Tehreek-e-Insaf (PTI)", "PTI supporters", "Khan's supporters",
            "supporters of Imran Khan", "Rioters (Pakistan)", "rioters", "Protesters (Pakistan)", "protesters",
            "crowd", "crowds", "mob")
PAK_POLICE = actor("Police Forces of Pakistan", "police", "Pakistani police", "Pakistan Rangers", "Rangers",
                   "security forces", "Military Forces of Pakistan", "army", code="PAK")

doc("pakistan-khan-arrest-unrest-2023-05-10", wd("2023-05-10", "Wednesday"), "Indus Wire",
    "Army deployed as Khan supporters torch commander's house, four killed in Peshawar", "wire",
    """ISLAMABAD, May 10 (Indus Wire) - Pakistan called in the army in two provinces and the capital on Wednesday after supporters of former prime minister Imran Khan set fire to a senior general's residence, broke through a gate of the military's headquarters and fought police in cities across the country in protest at his arrest.

Paramilitary Rangers detained Khan on Tuesday afternoon inside the premises of the Islamabad High Court, where he had come to seek bail, and bundled him into an armoured vehicle. The anti-graft agency said he was wanted in a case involving a land trust. His party, Pakistan Tehreek-e-Insaf (PTI), called it an abduction.

Within hours, thousands of PTI supporters poured into the streets in response to the arrest. In Lahore, a crowd forced its way into the residence of the city's corps commander, smashed furniture and set the building on fire. In the garrison city of Rawalpindi, protesters pulled down a gate of the army's General Headquarters, the first time in memory that civilians had stormed it.

In Peshawar, police and officials at the Lady Reading Hospital said four people were killed on Tuesday evening as police fired tear gas and, according to PTI, live rounds at crowds trying to reach government buildings. On Wednesday, rioters in the city set fire to the Radio Pakistan building and torched vehicles outside. In the southwestern city of Quetta, one protester died and several policemen were hurt when a rally outside the provincial assembly turned violent, officials said.

Punjab police said they had arrested 945 people by Wednesday morning, and that 130 officers had been injured. Mobile internet was suspended across much of the country.

The military's media wing called Tuesday a "black chapter" in the country's history and warned that any further attack on army or state installations would meet a severe response. PTI leaders said their protests were peaceful and accused the authorities of planting "miscreants" among them.

Khan, 70, was ousted in a parliamentary no-confidence vote in April last year and has since led a campaign for early elections. He survived an assassination attempt on Nov. 3 last year, when a gunman fired at his campaign truck at a rally in Wazirabad, in Punjab, wounding him in the leg and killing one of his supporters.

On Wednesday, an accountability court meeting in a police guesthouse in Islamabad ordered him held for eight days.""",
    [ev("g1", STRATEGIC, ARRESTS, PAK_POLICE,
        actor("Imran Khan", "Khan", "Pakistan Tehreek-e-Insaf", "PTI", "former prime minister"),
        KHAN_ARREST, None, place(["Islamabad", "Islamabad High Court"], "PAK", 33.69, 73.05),
        note="Rangers detain Khan at the Islamabad High Court on Tuesday"),
     ev("g2", RIOTS, VIOLENT_DEMO, PTI, actor("Military Forces of Pakistan", "army", "corps commander"), KHAN_ARREST,
        None, place(["Lahore", "Punjab"], "PAK", 31.55, 74.34), responds_to=["g1"],
        note="corps commander's residence stormed and set on fire, 'in response to the arrest'"),
     ev("g3", RIOTS, VIOLENT_DEMO, PTI, actor("Military Forces of Pakistan", "army", "General Headquarters"),
        KHAN_ARREST, None, place(["Rawalpindi", "General Headquarters", "GHQ", "Punjab"], "PAK", 33.60, 73.04),
        responds_to=["g1"], note="GHQ gate pulled down"),
     ev("g4", [RIOTS, PROTESTS], [VIOLENT_DEMO, EXCESSIVE], PTI, PAK_POLICE, KHAN_ARREST, None,
        place(["Peshawar", "Khyber Pakhtunkhwa"], "PAK", 34.01, 71.58), dead=(4, 4), responds_to=["g1"],
        note="four killed in Peshawar on Tuesday evening"),
     ev("g5", RIOTS, VIOLENT_DEMO, PTI, actor("Radio Pakistan", "civilians", "state broadcaster", "Civilians (Pakistan)"),
        "2023-05-10", None, place(["Peshawar", "Radio Pakistan building", "Khyber Pakhtunkhwa"], "PAK", 34.01, 71.58),
        responds_to=["g1"], note="Radio Pakistan building set on fire on Wednesday"),
     ev("g6", RIOTS, VIOLENT_DEMO, PTI, PAK_POLICE, KHAN_ARREST, None,
        place(["Quetta", "Balochistan"], "PAK", 30.18, 66.99), dead=(1, 1), responds_to=["g1"],
        note="Quetta rally turns violent, one protester dead"),
     ev("o1", STRATEGIC, ARRESTS, PAK_POLICE, PTI, KHAN_ARREST, "2023-05-10", place(["Punjab"], "PAK"),
        optional=True, note="945 arrested in Punjab (a component of the riots)"),
     ev("g7", VAC, ATTACK, actor("gunman", "a gunman", "unidentified gunman", "Unidentified Armed Group (Pakistan)",
                                 "attacker"),
        actor("Imran Khan", "Khan", "PTI supporters", "Pakistan Tehreek-e-Insaf", "PTI", "civilians"),
        wd("2022-11-03", "Thursday"), None, place(["Wazirabad", "Punjab"], "PAK", 32.44, 74.12), dead=(1, 1),
        note="assassination attempt on Khan in Wazirabad, Nov. 3 last year; one supporter killed")])

# ---------------------------------------------------------------------------------------------------
# 11. India-China border: long analysis after the patrolling deal of 2024-10-21
# ---------------------------------------------------------------------------------------------------
CHN = actor("Military Forces of China", "China", "Chinese troops", "Chinese soldiers", "Chinese forces",
            "People's Liberation Army", "PLA", "Chinese army", "Beijing", code="CHN")
BOTH_ARMIES = actor(*IND["names"], *CHN["names"])
DEAL_DAY = wd("2024-10-21", "Monday")
GALWAN = place(["Galwan", "Galwan Valley", "Galwan valley", "Ladakh", "eastern Ladakh", "Line of Actual Control"],
               "IND", 34.75, 78.18)

doc("india-china-border-analysis-2024-10-23", wd("2024-10-23", "Wednesday"), "Himalayan Review",
    "Four years after Galwan, a patrolling deal - and a lot of unfinished business", "long-form analysis",
    """NEW DELHI - When India's foreign secretary, Vikram Misri, told reporters on Monday evening that India and China had agreed on "patrolling arrangements" along their disputed Himalayan frontier, the announcement took even some officials in New Delhi by surprise. Within hours Beijing confirmed that the two sides had reached a "resolution" on the issues in the border areas, and by Wednesday Prime Minister Narendra Modi and President Xi Jinping were shaking hands at a summit in the Russian city of Kazan, their first formal talks in five years.

The deal covers Depsang and Demchok, two areas in eastern Ladakh where troops of the two armies have stood face to face since 2020 and where, Indian officials say, Chinese positions had blocked Indian patrols from reaching their traditional limits. Under the agreement, soldiers are to pull back from the points of friction and patrolling and grazing are to resume as they were before the standoff. Details of buffer zones were not made public.

To understand why so modest-sounding a step matters, one has to go back to the night of June 15, 2020. In the Galwan valley, Indian soldiers who had gone to check whether a Chinese post had been dismantled were met by Chinese troops armed with clubs wrapped in barbed wire and stones. No shots were fired, under protocols that bar firearms near the line, but the hand-to-hand fighting in the dark, some of it on a narrow ridge above a freezing river, killed 20 Indian soldiers, including their commanding officer, Colonel B. Santosh Babu. China said months later that four of its soldiers had died; Indian officials have always said the real Chinese toll was higher. It was the first deadly clash on the frontier since 1975.

India responded with economic measures rather than force, banning dozens of Chinese apps and tightening rules on Chinese investment, and both sides poured tens of thousands of troops, tanks and artillery into Ladakh. At the end of August 2020, Indian troops occupied a line of heights on the south bank of Pangong Tso, the long glacial lake, in what New Delhi called a move to pre-empt Chinese "provocative" manoeuvres. On Sept. 7 that year, shots were fired in the air near the lake, the first use of firearms along the line in decades; each side said the other had fired.

A first breakthrough came in February 2021, when the two armies agreed to disengage from the north and south banks of Pangong Tso and began pulling back tanks within days. Withdrawals from Gogra and Hot Springs followed in 2021 and 2022. But Depsang and Demchok remained stuck through more than twenty rounds of talks between corps commanders.

The frontier did not stay quiet elsewhere. On Dec. 9, 2022, soldiers clashed at Yangtse, in the Tawang sector of Arunachal Pradesh, when, according to India's defence minister, Chinese troops tried to "unilaterally change the status quo". Soldiers on both sides suffered minor injuries; nobody was killed.

Former diplomats caution that the deal restores patrols, not trust. "The infrastructure both sides have built since 2020 is not going anywhere," said a retired Indian army general who commanded troops in Ladakh. "Disengagement is one thing; de-escalation and de-induction of the tens of thousands of troops still deployed is quite another." China, for its part, continues to call Arunachal Pradesh "Zangnan", and has issued maps that India rejects.

Indian officials say verification of the pullback will take weeks and that patrols will resume in a coordinated manner. Beijing has said it hopes the two countries can "put the border issue in its appropriate place" and get on with trade. Whether the soldiers in Depsang are home before the winter snows close the passes will be the first test.""",
    [ev("g1", STRATEGIC, AGREEMENT, actor("Government of India", *IND["names"]), actor("Government of China", *CHN["names"]),
        DEAL_DAY, None, place(["Depsang", "Demchok", "eastern Ladakh", "Ladakh", "Line of Actual Control"], "IND"),
        note="patrolling arrangements announced on Monday (Depsang and Demchok)"),
     ev("g2", BATTLES, CLASH, BOTH_ARMIES, BOTH_ARMIES, wd("2020-06-15", "Monday"), "2020-06-16", GALWAN,
        dead=(20, 24), note="Galwan, night of June 15, 2020: 20 Indian soldiers, China later says four (24)"),
     ev("o1", STRATEGIC, [OTHER, "Non-violent transfer of territory"], IND, CHN, "2020-08-20", "2020-08-31",
        place(["Pangong Tso", "Pangong lake", "south bank of Pangong Tso", "Ladakh"], "IND"), optional=True,
        note="Indian troops occupy heights at the end of August 2020 (no fighting told)"),
     ev("o2", BATTLES, CLASH, BOTH_ARMIES, BOTH_ARMIES, wd("2020-09-07", "Monday"), None,
        place(["Pangong Tso", "Pangong lake", "Ladakh"], "IND"), optional=True,
        note="shots fired in the air near the lake on Sept. 7, 2020 (warning shots: may not be a clash)"),
     ev("g3", STRATEGIC, AGREEMENT, actor("Government of India", *IND["names"]), actor("Government of China", *CHN["names"]),
        "2021-02-01", "2021-02-28", place(["Pangong Tso", "Pangong lake", "Ladakh", "Line of Actual Control"], "IND"),
        note="February 2021 disengagement agreement for the banks of Pangong Tso"),
     ev("o3", STRATEGIC, [AGREEMENT, OTHER], BOTH_ARMIES, BOTH_ARMIES, "2021-01-01", "2022-12-31",
        place(["Gogra", "Hot Springs", "Ladakh"], "IND"), optional=True,
        note="withdrawals from Gogra and Hot Springs 'in 2021 and 2022' (vague)"),
     ev("g4", BATTLES, CLASH, BOTH_ARMIES, BOTH_ARMIES, wd("2022-12-09", "Friday"), None,
        place(["Yangtse", "Tawang", "Tawang sector", "Arunachal Pradesh"], "IND"), dead=(0, 0),
        note="Yangtse clash, minor injuries, nobody killed")])

# ---------------------------------------------------------------------------------------------------
# 12. Bolivia, November 2019: long analysis after Senkata
# ---------------------------------------------------------------------------------------------------
BOL = actor("Military Forces of Bolivia", "Police Forces of Bolivia", "security forces", "soldiers", "troops",
            "police", "army", "military", "Bolivian security forces", "Bolivia", code="BOL")
MAS = actor("Protesters (Bolivia)", "protesters", "Morales supporters", "supporters of Evo Morales",
            "Movement for Socialism", "MAS", "coca growers", "residents", "demonstrators", "Aymara residents",
            "civilians", "Civilians (Bolivia)")
SENKATA = place(["Senkata", "Senkata plant", "Senkata fuel plant", "El Alto", "La Paz department"], "BOL",
                -16.57, -68.18)
SENKATA_DAY = wd("2019-11-19", "Tuesday")

doc("bolivia-senkata-analysis-2019-11-22", wd("2019-11-22", "Friday"), "Andean Monitor",
    "Bolivia's November of bullets: from Morales's fall to the killings at Senkata", "long-form analysis",
    """LA PAZ - The coffins came down from El Alto on Thursday, carried on the shoulders of men in work clothes and women in bowler hats, on a march of several thousand people towards the centre of La Paz. They did not get far. Police fired tear gas near the Plaza San Francisco and the crowd scattered, leaving some of the coffins in the street.

The dead were among those killed on Tuesday at Senkata, the state oil company's fuel plant on the edge of El Alto, where soldiers and police moved in to break a blockade that had kept petrol and gas from reaching La Paz for most of the previous week. The government said the operation was a response to the blockade, and that protesters had knocked down a wall and tried to dynamite fuel tanks, which could have caused a catastrophe. Residents and human rights groups said the soldiers fired live ammunition at unarmed people; the armed forces said they had not fired a single bullet.

The Ombudsman's office counted eight dead on Tuesday night. By Thursday its figure had risen to 10, most of them with gunshot wounds, and dozens more were wounded. Witnesses said helicopters flew low over the plant as the shooting went on.

Senkata was the second massacre in a week. Last Friday, security forces opened fire on coca growers from the Chapare marching towards the city of Cochabamba, at the Huayllani bridge in Sacaba. Nine people were killed there, all of them, according to the Ombudsman, by bullets. A day earlier, the interim government had issued a decree exempting soldiers from criminal liability when they act "in legitimate defence"; the Inter-American Commission on Human Rights called it a licence to kill.

The crisis began with the disputed election of Oct. 20, which Evo Morales claimed to have won outright. Weeks of protests and road blocks followed, and police units in several cities mutinied. On Sunday, Nov. 10, after the Organization of American States reported serious irregularities and the commander of the armed forces "suggested" that he step down, Morales resigned and flew into exile in Mexico. Senator Jeanine Anez declared herself interim president two days later.

Morales's supporters, many of them Aymara and Quechua, saw the change as a coup and blocked roads in response to his ouster. The Commission says at least 23 people have been killed across Bolivia in the unrest since the election, most of them since Morales left.

For now, there are tentative signs of a way out. The Catholic church and the European Union are mediating between the interim government and Morales's Movement for Socialism, which controls both chambers of Congress, and a bill to call new elections is being drafted. The interim interior minister, Arturo Murillo, has said the security forces will keep fuel flowing "at any cost" and warned that those behind the blockades will be prosecuted for terrorism. Morales, from Mexico City, has called the government a dictatorship and said his followers would not be silenced.

"We want justice, not dialogue with the killers," a woman at the funeral march said. Another march is called for Saturday.""",
    [ev("g1", PROTESTS, EXCESSIVE, BOL, MAS, SENKATA_DAY, None, SENKATA, dead=(8, 10), responds_to=["g2"],
        note="Senkata, Tuesday: eight (Ombudsman, Tuesday night) rising to 10; 'a response to the blockade'"),
     ev("g2", [PROTESTS, RIOTS], [PEACEFUL, INTERVENTION, VIOLENT_DEMO], MAS, None, "2019-11-11", SENKATA_DAY,
        SENKATA, responds_to=["o1"],
        note="blockade of the plant 'for most of the previous week' until Tuesday (government: wall knocked down)"),
     ev("g3", PROTESTS, EXCESSIVE, BOL, MAS, wd("2019-11-15", "Friday"), None,
        place(["Sacaba", "Huayllani bridge", "Huayllani", "Cochabamba", "Cochabamba department"], "BOL",
              -17.40, -66.04), dead=(9, 9), note="Sacaba 'last Friday': nine killed"),
     ev("g4", PROTESTS, INTERVENTION, MAS, BOL, wd("2019-11-21", "Thursday"), None,
        place(["La Paz", "Plaza San Francisco"], "BOL", -16.50, -68.15),
        note="funeral march on Thursday dispersed with tear gas"),
     ev("o1", STRATEGIC, [OTHER, CHANGE], actor("Evo Morales", "Morales", "Government of Bolivia"), None,
        wd("2019-11-10", "Sunday"), None, place(["La Paz", "Bolivia"], "BOL"), optional=True,
        note="Morales resigns on Nov. 10 (political change, not violence)"),
     tally("t1", PROTESTS, EXCESSIVE, BOL, MAS, "2019-11-15", SENKATA_DAY, place(["Bolivia", "Senkata", "Sacaba", "El Alto", "Cochabamba"], "BOL"), 2,
           note="'Senkata was the second massacre in a week' (Sacaba and Senkata)"),
     ev("o2", [PROTESTS, RIOTS], [PEACEFUL, VIOLENT_DEMO], MAS, None, "2019-10-20", "2019-11-22",
        place(["Bolivia"], "BOL"), dead=(23, 23), optional=True,
        note="'at least 23 killed in the unrest since the election' (a total over many events)")])

# ---------------------------------------------------------------------------------------------------
# 13. Solomon Islands, Honiara riots, 2021-11-24/26
# ---------------------------------------------------------------------------------------------------
HONIARA = place(["Honiara", "Guadalcanal", "Solomon Islands"], "SLB", -9.43, 159.95)
CHINATOWN = place(["Honiara", "Chinatown", "Honiara's Chinatown", "Point Cruz", "Guadalcanal"], "SLB", -9.43, 159.96)
SLB_RIOTERS = actor("Rioters (Solomon Islands)", "rioters", "protesters", "Protesters (Solomon Islands)",
                    "crowds", "crowd", "looters", "demonstrators", "people from Malaita", "Malaitans")
SLB_POLICE = actor("Police Forces of the Solomon Islands", "Royal Solomon Islands Police Force", "RSIPF", "police",
                   "Solomon Islands police", code="SLB")

doc("solomon-islands-honiara-riots-2021-11-27", wd("2021-11-27", "Saturday"), "Coral Sea Courier",
    "Three bodies found in burned Honiara Chinatown as Australian police patrol streets", "wire",
    """HONIARA, Nov 27 (Coral Sea Courier) - Police in the Solomon Islands found three charred bodies in a burned-out building in Honiara's Chinatown, officers said on Saturday, the first known deaths from three days of rioting that has gutted much of the capital's commercial centre.

The bodies were found late on Friday in a shop that had been looted and set on fire, a police spokesman said, adding that it was not yet clear whether the victims were looters or people who had been trapped inside. Police said more than 100 people had been arrested since the unrest began.

The violence erupted on Wednesday when a crowd of several hundred, many of them from the neighbouring island of Malaita, gathered outside parliament to demand the resignation of Prime Minister Manasseh Sogavare. When police fired tear gas, protesters set fire to a thatched building next to the parliament, a police post and several shops. Sogavare declared a 36-hour lockdown that evening.

The lockdown was widely ignored on Thursday. Crowds roamed Chinatown and the Point Cruz waterfront, breaking into stores, carrying off goods and setting buildings ablaze, and plumes of smoke hung over the city for most of the day. Residents said police were vastly outnumbered.

Australia flew in the first of about 100 federal police officers and soldiers late on Thursday, after Sogavare requested help under a bilateral security treaty. Prime Minister Scott Morrison said the contingent would protect critical infrastructure and would not get involved in the country's internal politics. Papua New Guinea said on Friday it would send peacekeepers, and Fiji offered troops. Friday was calmer, with scattered looting in the eastern suburbs.

Sogavare, who returned to power in 2019 for a fourth term, said he would not step down and blamed the riots on "other powers" opposed to his government's decision in 2019 to switch diplomatic recognition from Taiwan to China, without naming them. The premier of Malaita province, Daniel Suidani, a vocal opponent of the switch, said the prime minister had only himself to blame.

Many Chinese-owned businesses were targeted, as they were in April 2006, when riots after a disputed election razed most of the old Chinatown and led to an earlier Australian-led intervention. Business owners said this time the damage could run into the hundreds of millions of Solomon Islands dollars.

The opposition leader, Matthew Wale, said he would table a new motion of no confidence when parliament resumes.""",
    [ev("g1", [RIOTS, PROTESTS], [VIOLENT_DEMO, INTERVENTION], SLB_RIOTERS, SLB_POLICE, wd("2021-11-24", "Wednesday"),
        None, place(["Honiara", "National Parliament", "parliament", "Guadalcanal"], "SLB", -9.43, 159.95),
        note="Wednesday: tear gas at parliament, a thatched building, a police post and shops set on fire"),
     ev("g2", [RIOTS, STRATEGIC], [VIOLENT_DEMO, LOOTING], SLB_RIOTERS,
        actor("Chinese-owned businesses", "shops", "civilians", "Civilians (Solomon Islands)", "Civilians (China)"),
        wd("2021-11-25", "Thursday"), None, CHINATOWN,
        note="Thursday: Chinatown and Point Cruz looted and burned despite the lockdown"),
     ev("o1", [RIOTS, STRATEGIC], [VIOLENT_DEMO, LOOTING], SLB_RIOTERS, None, wd("2021-11-26", "Friday"), None,
        place(["Honiara", "eastern suburbs", "eastern Honiara"], "SLB", -9.43, 159.97), optional=True,
        note="Friday: scattered looting in the eastern suburbs"),
     ev("o2", RIOTS, VIOLENT_DEMO, SLB_RIOTERS, None, "2021-11-24", "2021-11-26", CHINATOWN, dead=(3, 3),
        optional=True, note="three charred bodies found late on Friday in a burned Chinatown shop (day of death unknown)"),
     ev("o3", STRATEGIC, OTHER, actor("Military Forces of Australia", "Police Forces of Australia",
                                      "Australian Federal Police", "Australia", "Australian police", code="AUS"),
        None, "2021-11-25", None, HONIARA, optional=True, note="Australian deployment arrives on Thursday night"),
     ev("o4", STRATEGIC, ARRESTS, SLB_POLICE, SLB_RIOTERS, "2021-11-24", "2021-11-27", HONIARA, optional=True,
        note="more than 100 arrested since Wednesday (a component)"),
     ev("o5", [RIOTS, STRATEGIC], [VIOLENT_DEMO, LOOTING], SLB_RIOTERS, None, "2006-04-01", "2006-04-30",
        CHINATOWN, optional=True, note="April 2006 riots that razed the old Chinatown (before ACLED covers Oceania)")])

# ---------------------------------------------------------------------------------------------------
# 14. Uganda, Lhubiriha school attack in Mpondwe, 2023-06-16
# ---------------------------------------------------------------------------------------------------
ADF = actor("Allied Democratic Forces", "ADF", "Islamic State Central Africa Province", "ISCAP",
            "Islamic State", "rebels", "militants", "Militants", "attackers", "ADF rebels")
MPONDWE_NIGHT = wd("2023-06-16", "Friday")
MPONDWE = place(["Mpondwe", "Lhubiriha Secondary School", "Lhubiriha", "Kasese", "Kasese district", "Bwera"], "UGA",
                0.04, 29.72)
KAMPALA_BOMBS = wd("2021-11-16", "Tuesday")

doc("uganda-mpondwe-school-2023-06-18", wd("2023-06-18", "Sunday"), "Great Lakes Observer",
    "Uganda buries pupils as toll in school massacre rises to 42", "newspaper",
    """KASESE, Uganda - Families began burying their children on Sunday in the border town of Mpondwe, two days after rebels attacked a secondary school at night, hacked and shot dozens of pupils and burned a dormitory with boys locked inside.

Officials said on Sunday that 42 people had died, up from 41 a day earlier, after a pupil died of her wounds in hospital. Police had first put the toll at 25 early on Saturday, when bodies were still being removed from the burned dormitory at Lhubiriha Secondary School. Thirty-seven of the dead were students; the others included a security guard and residents of the surrounding village. Eight people were in hospital in a critical condition.

The attackers, whom the army identified as fighters of the Allied Democratic Forces (ADF), crossed from the Democratic Republic of Congo late on Friday, about two kilometres from the school, military spokesman Felix Kulayigye said. They set fire to the boys' dormitory after the pupils barricaded the door, and cut down girls who tried to flee with machetes. Six students were abducted and forced to carry food looted from the school's store as the attackers retreated towards Virunga National Park, the army said.

Uganda People's Defence Force troops were pursuing the group in Congo, Kulayigye said, and helicopters were flying over the park. "We shall follow them wherever they are," he said. Opposition politicians asked how a group of about five attackers could operate for nearly two hours so close to a military detachment.

President Yoweri Museveni called the attack a "desperate, cowardly, terrorist action" and said the soldiers assigned to the area would be held to account if they had failed.

The ADF, founded by Ugandan Muslim rebels in the 1990s, has for years been based in eastern Congo, where it pledged allegiance to Islamic State and is blamed for killing thousands of civilians. It was last active inside Uganda on Nov. 16, 2021, when two suicide bombers blew themselves up near the central police station and on Parliament Avenue in Kampala, killing three people as well as the three bombers. On Nov. 30 that year, Ugandan jets and artillery began pounding ADF camps in North Kivu, in eastern Congo, in response to the Kampala bombings, in a joint operation with the Congolese army that still continues.

The Mpondwe attack was the deadliest on a school in Uganda since June 1998, when ADF rebels set fire to dormitories at Kichwamba Technical College in western Uganda, killing 80 students.

Education officials said schools near the border would get extra security before the new term.""",
    [ev("g1", VAC, ATTACK, ADF, actor("students", "pupils", "civilians", "Civilians (Uganda)", "schoolchildren",
                                      "villagers", "people"),
        MPONDWE_NIGHT, "2023-06-17", MPONDWE, dead=(25, 42),
        note="late on Friday into the night; 25 (first police count) to 42 (Sunday)"),
     ev("o1", VAC, ABDUCTION, ADF, actor("students", "pupils", "civilians", "Civilians (Uganda)"),
        MPONDWE_NIGHT, "2023-06-17", MPONDWE, optional=True, note="six students abducted (part of the attack)"),
     ev("g2", REMOTE, SUICIDE, ADF, actor("civilians", "Civilians (Uganda)", "people", "police"), KAMPALA_BOMBS, None,
        place(["Kampala", "Parliament Avenue", "central police station"], "UGA", 0.315, 32.58), dead=(6, 6),
        note="Kampala twin suicide bombings, Nov. 16, 2021: three people plus the three bombers"),
     ev("g3", REMOTE, [AIR, SHELLING], UGA, ADF, wd("2021-11-30", "Tuesday"), None,
        place(["North Kivu", "eastern Congo", "Democratic Republic of Congo"], "COD"), responds_to=["g2"],
        note="Ugandan jets and artillery pound ADF camps in North Kivu 'in response to the Kampala bombings'"),
     ev("g4", VAC, ATTACK, ADF, actor("students", "civilians", "Civilians (Uganda)"), "1998-06-01", "1998-06-30",
        place(["Kichwamba", "Kichwamba Technical College", "Kabarole", "western Uganda"], "UGA"), dead=(80, 80),
        note="Kichwamba, June 1998 (ACLED's African data start in 1997)")])

# ---------------------------------------------------------------------------------------------------
# 15. Nepal, protests against the social media ban, 2025-09-08 (brief)
# ---------------------------------------------------------------------------------------------------
NPL_POLICE = actor("Police Forces of Nepal", "police", "Nepal Police", "Nepali police", "security forces",
                   "Armed Police Force", code="NPL")
NPL_PROTESTERS = actor("Protesters (Nepal)", "protesters", "young protesters", "demonstrators", "students",
                       "Gen Z protesters")
NEPAL_DAY = wd("2025-09-08", "Monday")

doc("nepal-social-media-protests-brief-2025-09-08", NEPAL_DAY, "Himalayan Review",
    "Nineteen killed as Nepal police fire on youth protest", "wire brief",
    """KATHMANDU, Sept 8 (Himalayan Review) - At least 19 people were killed and hundreds wounded on Monday when police opened fire on young protesters who tried to force their way into Nepal's parliament, angered by a ban on social media platforms and by corruption, officials said.

Seventeen died in Kathmandu, where crowds broke through barricades around the parliament complex in New Baneshwor, and two in Itahari, in eastern Sunsari district. Authorities imposed a curfew around government buildings. Home Minister Ramesh Lekhak resigned in the evening. Organisers called for more protests on Tuesday.""",
    [ev("g1", PROTESTS, EXCESSIVE, NPL_POLICE, NPL_PROTESTERS, NEPAL_DAY, None,
        place(["Kathmandu", "New Baneshwor", "parliament", "Bagmati"], "NPL", 27.70, 85.32), dead=(17, 17),
        note="Kathmandu, 17 dead"),
     ev("g2", PROTESTS, EXCESSIVE, NPL_POLICE, NPL_PROTESTERS, NEPAL_DAY, None,
        place(["Itahari", "Sunsari", "Sunsari district", "Koshi"], "NPL", 26.66, 87.27), dead=(2, 2),
        note="Itahari, 2 dead"),
     ev("o1", PROTESTS, EXCESSIVE, NPL_POLICE, NPL_PROTESTERS, NEPAL_DAY, None, place(["Nepal"], "NPL"),
        optional=True, note="19 nationwide: a total of the two events (no figure to score)")])

# ---------------------------------------------------------------------------------------------------
# 16. North Korea threatens Guam, 2017-08-10 (no event: threats, plans, warnings)
# ---------------------------------------------------------------------------------------------------
doc("north-korea-guam-threats-2017-08-10", wd("2017-08-10", "Thursday"), "Pacific Rim Daily",
    "North Korea details plan to fire missiles toward Guam as war of words escalates", "politics (no event: threats and plans)",
    """SEOUL, Aug 10 (Pacific Rim Daily) - North Korea said on Thursday it was drawing up plans to fire four intermediate-range missiles into the sea near the U.S. Pacific territory of Guam, and dismissed President Donald Trump's warning of "fire and fury" as a "load of nonsense".

The plan, described in unusual detail by the state news agency KCNA, would send Hwasong-12 missiles over Japan to land in waters 30 to 40 kilometres from Guam, which hosts a large U.S. air base and a naval base. General Kim Rak Gyom, commander of the army's strategic forces, said it would be ready by mid-August and presented to leader Kim Jong Un, who would decide whether to go ahead. The statement said only "absolute force" could work on a leader "bereft of reason".

Trump said on Tuesday that North Korea would be met with fire and fury "like the world has never seen" if it kept threatening the United States. U.S. Defense Secretary Jim Mattis warned Pyongyang on Wednesday that it should stop any action that would lead to "the end of its regime and the destruction of its people", and said its forces would be "grossly overmatched" in any war.

Japan's defence minister said Tokyo could legally shoot down a missile heading for Guam if it judged the threat to be existential for Japan. In Guam, Governor Eddie Calvo said there was no change in the threat level and urged the island's 160,000 residents to stay calm; tourism officials reported no cancellations.

South Korea's presidential office said tensions should not be raised further and called for talks. China urged both sides to avoid "words and actions" that could make things worse, after the U.N. Security Council voted unanimously at the weekend to tighten sanctions on Pyongyang over its nuclear and missile programmes.

Analysts said the North appeared to be trying to show it could strike the bases from which U.S. bombers fly over the Korean peninsula, while leaving itself room to back down. "It is a detailed threat, but it is still a threat," said a researcher at a Seoul think-tank. "They are telling Washington exactly what they could do, and then waiting." """,
    [])

if __name__ == "__main__":
    main()
