"""The event benchmark's scoring, on a gold and stored mentions written for the test."""
import importlib.util

from conftest import REPO

spec = importlib.util.spec_from_file_location("bench_events", REPO / "bench" / "events.py")
bench_events = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_events)


def record(start, end, kind, event, status="happened", date=None, participants=()):
    return {"trigger": [start, end], "trigger_text": "x", "type": kind, "status": status, "event": event,
            "date": date, "participants": [{"name": n, "kind": k, "role": "agent"} for n, k in participants]}


GOLD = {
    "a.txt": [record(0, 5, "meeting", "m1", date="2016-08-31", participants=[("Donald Trump", "person")]),
              record(10, 17, "investigation", "probe", participants=[("FBI", "organization")]),
              record(30, 35, "visit", "v1", date="2016-08")],
    "b.txt": [record(3, 8, "meeting", "m1", date="2016-08-31"),
              record(20, 26, "investigation", "reopening", status="planned")],
}
# file, trigger start, end, type, status, event id, date, precision
MENTIONS = [
    ("a.txt", 0, 5, "meeting", "happened", 1, "2016-08-31", "day"),
    ("a.txt", 0, 5, "meeting", "happened", 9, "2016-08-31", "day"),  # a second counterpart, same trigger
    ("a.txt", 11, 17, "investigation", "happened", 2, None, None),
    ("a.txt", 30, 35, "travel", "happened", 3, "2016-08-01", "month"),
    ("b.txt", 3, 8, "meeting", "happened", 1, "2016-08-30", "day"),
    ("b.txt", 20, 26, "investigation", "happened", 2, None, None),
    ("b.txt", 40, 45, "arrest", "happened", 4, None, None),
]
PARTICIPANTS = {1: [("Trump", "person", "agent"), ("Mike Pence", "person", "counterpart")],
                2: [("F.B.I.", "organization", "agent")]}


def test_scores():
    f = bench_events.score(GOLD, MENTIONS, PARTICIPANTS)
    assert (f["gold"], f["stored"]) == (5, 6)
    assert f["identification"][:2] == (5 / 6, 5 / 5)  # the visit stored as travel is identified
    assert f["classification"][:2] == (4 / 6, 4 / 5)  # but not classified; the arrest is neither
    # matched: meeting a, investigation a, meeting b, investigation b
    assert len(f["matched"]) == 4
    # Trump matches by surname, F.B.I. is FBI; in b.txt the gold gives no participants
    p, r, _ = f["participants"]
    assert (p, r) == (2 / 6, 2 / 2)
    assert f["dates"] == (1, 2)  # 2016-08-30 is not 2016-08-31
    assert f["status"] == (3, 4)
    # stored: the two meetings (one event) and the two investigations (one event); gold: the meetings only
    assert f["coreference"][:2] == (1 / 2, 1 / 1)


def test_dates_to_the_golds_precision():
    assert bench_events.date_agrees("2016-08", "2016-08-01", "month")
    assert bench_events.date_agrees("2016-08", "2016-08-14", "day")
    assert not bench_events.date_agrees("2016-08-01", "2016-08-01", "month")
    assert not bench_events.date_agrees("2016-08-01", None, None)


def test_sidecar_from_metadata_tsv(tmp_path):
    tsv = tmp_path / "metadata.tsv"
    tsv.write_text("compartment\tfilename\tpublisher\tpublication_date\n"
                   "dev\tcnn_2016-09-12_x\tcnn\t2016-09-12\ndev\tother\tfox\t2016-01-01\n")
    out = tmp_path / "meta.jsonl"
    assert bench_events.write_sidecar(["cnn_2016-09-12_x.txt"], tsv, out) == 1
    from factstore.sidecar import read_metadata
    meta = read_metadata(out)["cnn_2016-09-12_x.txt"]
    assert (meta.published_on, meta.outlet) == ("2016-09-12", "cnn")
