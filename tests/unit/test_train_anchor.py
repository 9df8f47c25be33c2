"""scripts/train_nli.py --anchor: the loss of anchored rows (no models: a fixed-logit teacher)."""
import math
import sys
from types import SimpleNamespace

import pytest

from ..conftest import ROOT

torch = pytest.importorskip("torch")
sys.path.insert(0, str(ROOT / "scripts"))
from train_nli import anchored_loss  # noqa: E402


class _Teacher:
    """Gives each row the logits stored in its input ids' first column."""

    def __init__(self, logits):
        self.logits = torch.tensor(logits)

    def __call__(self, input_ids, **_):
        return SimpleNamespace(logits=self.logits[input_ids[:, 0]])


def test_unanchored_rows_are_plain_cross_entropy():
    logits = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 0.0]])
    labels = torch.tensor([0, 2])
    got = anchored_loss(logits, labels, [False, False], None, {})
    assert got.item() == pytest.approx(torch.nn.functional.cross_entropy(logits, labels).item())


def test_anchored_rows_follow_the_teacher_s_probabilities_not_their_labels():
    logits = torch.tensor([[2.0, 0.0, -1.0], [0.0, 1.0, 0.0]], requires_grad=True)
    labels = torch.tensor([0, 2])
    teacher = _Teacher([[0.0, 0.0, 0.0], [0.0, math.log(3.0), 0.0]])
    batch = {"input_ids": torch.tensor([[0, 5], [1, 7]]), "attention_mask": torch.ones(2, 2, dtype=torch.long)}
    got = anchored_loss(logits, labels, [False, True], teacher, batch)
    log_p = torch.log_softmax(logits, dim=-1)
    soft = torch.tensor([0.2, 0.6, 0.2])  # softmax of the teacher's row 1
    want = (-log_p[0, 0] - (soft * log_p[1]).sum()) / 2
    assert got.item() == pytest.approx(want.item(), rel=1e-6)
    got.backward()
    # At the teacher's own probabilities the anchored row pulls no further.
    at_teacher = torch.tensor([[0.0, math.log(3.0), 0.0]], requires_grad=True)
    anchored_loss(at_teacher, torch.tensor([2]), [True], teacher,
                  {"input_ids": torch.tensor([[1, 0]])}).backward()
    assert at_teacher.grad.abs().max().item() < 1e-6
