"""What the store keeps of the alignment runs a service records as articles arrive.

A write re-clusters locally and answers; the background recompute records the full run of
every write so far and drops the run of the same settings it supersedes. The marker that says
"the recorded alignment is stale" (kb.recovery) lasts from a write until that record.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pyoxigraph import NamedNode

import kb.analysis.live as live_module
from kb.analysis import load_alignment_input
from kb.analysis.alignment import align, record_alignment, superseded_runs
from kb.analysis.live import LiveAlignment
from kb.annotation import Annotation
from kb.errors import AnnotationError
from kb.ingest import ingest_annotation, write_submission
from kb.recovery import marker, stale_alignment
from kb.store import OxigraphStore
from tests.conftest import BASE

RUNS = (
    "SELECT ?id ?digest (COUNT(?m) AS ?members) WHERE { GRAPH ?g { ?run a gk:ClusteringRun ; "
    "schema:identifier ?id ; gk:inputDigest ?digest . OPTIONAL { ?c prov:wasGeneratedBy ?run ; "
    "gk:clusterMember ?m } } } GROUP BY ?id ?digest"
)


def _runs(store) -> dict[str, str]:
    """Each recorded run's ID and input digest."""
    return {r["id"].value: r["digest"].value for r in store.query(RUNS)}


def _copy(annotation: Annotation, article_id: str) -> Annotation:
    return replace(annotation, article=replace(annotation.article, id=article_id))


@pytest.fixture
def disk(tmp_path, annotation: Annotation):
    store = OxigraphStore(tmp_path / "store")
    ingest_annotation(store, annotation, BASE)
    record_alignment(store, align(store), BASE)
    yield store
    store.close()


def test_writes_leave_one_run_per_setting_and_the_marker_until_it_is_recorded(
    disk, annotation: Annotation, monkeypatch
):
    monkeypatch.setattr(live_module, "QUIET", 600.0)  # the recompute waits for wait(), not the clock
    other = align(disk, resolution=0.5)
    record_alignment(disk, other, BASE)  # a run with other settings: kept
    before = _runs(disk)
    assert len(before) == 2
    live = LiveAlignment(disk, BASE)
    live.state()
    for n in range(3):
        write_submission(disk, _copy(annotation, f"copy-{n}"), BASE, live=live)
        assert marker(disk).exists() and live.pending  # written, not yet in a recorded run
        assert _runs(disk) == before  # the write itself recorded nothing
    live.wait()
    assert not marker(disk).exists() and not live.pending
    after = _runs(disk)
    assert len(after) == 2
    (kept,) = set(before) & set(after)
    assert before[kept] == after[kept]  # the other setting's run, untouched
    (new,) = set(after) - set(before)
    assert after[new] == live.index.digest()  # the run of every write so far
    assert live.status() | {"index_version": 0} == {
        "id": new,
        "computed": "full",
        "index_version": 0,
        "pending": False,
    }
    assert live.index.input().ties == load_alignment_input(disk).ties
    live.close()


def test_a_write_refused_before_anything_is_written_keeps_an_earlier_writes_marker(disk):
    path = marker(disk)
    with pytest.raises(AnnotationError), stale_alignment(disk):
        raise AnnotationError("refused")
    assert not path.exists()  # nothing stale before, nothing written: no marker
    path.touch()  # an earlier write whose run is not recorded yet
    with pytest.raises(AnnotationError), stale_alignment(disk):
        raise AnnotationError("refused")
    assert path.exists()
    with stale_alignment(disk, recorded_here=False):
        pass
    assert path.exists()  # left for the recorder
    with stale_alignment(disk):
        pass
    assert not path.exists()


def test_a_run_supersedes_only_runs_of_its_own_settings(disk, annotation: Annotation):
    (first,) = _runs(disk)  # the default run of the bundled article alone
    other = record_alignment(disk, align(disk, resolution=0.5), BASE).value.rsplit("/", 1)[1]
    ingest_annotation(disk, _copy(annotation, "copy"), BASE)
    latest = align(disk)
    record_alignment(disk, latest, BASE)
    runs = _runs(disk)
    assert first not in runs and other in runs and len(runs) == 2
    params = {**latest.clustering.parameters, "weights": latest.weights.as_dict()}
    (mine,) = (g.value for g in superseded_runs(disk, NamedNode(BASE + "analysis/none"), params))
    assert mine.endswith("/" + next(iter(set(runs) - {other})))  # the one run of these settings
    assert superseded_runs(disk, NamedNode(mine), params) == []  # nothing left to drop
    record_alignment(disk, align(disk), BASE)  # the same run again: nothing dropped, nothing added
    assert _runs(disk) == runs
