"""The one eval loop: ``assistant eval``, the Evaluering page and the variant benchmarks all run this.

Each face used to keep its own copy of the loop (warm-up, ask, time, score, summarise), so a change to
how a case is timed or scored could reach one face and not the others. The faces differ only in how
they show progress, which is a callback here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from assistant.config import Settings
from assistant.evals.configs import describe
from assistant.evals.metrics import EvalCase, EvalResult, score_case, summarise
from assistant.evals.report import Run
from assistant.models import AnswerMode
from assistant.service import Assistant

# (cases done, cases in all, the result just scored): called after every case.
EvalProgress = Callable[[int, int, EvalResult], None]


def run_cases(
    cases: Sequence[EvalCase],
    target: Assistant | Settings,
    config_name: str | None = None,
    progress: EvalProgress | None = None,
    mode: AnswerMode | None = None,
) -> Run:
    """Answer every case through ``Assistant.ask`` (the path ``assistant ask`` and the chat take) and score it.

    ``target`` is an Assistant to reuse (the app's shared one keeps its loaded model) or the settings to
    build one from; ``config_name`` is only recorded, the settings already carry the variant. ``mode``
    as in ``Assistant.ask`` (None: the LLM when one is configured, as before).
    """
    service = target if isinstance(target, Assistant) else Assistant(target)
    service.warm_up()  # model load is cold start, not per-question latency
    results: list[EvalResult] = []
    for done, case in enumerate(cases, start=1):
        t0 = time.perf_counter()
        answer = service.ask(case.question, mode=mode)
        results.append(score_case(case, answer, (time.perf_counter() - t0) * 1000))
        if progress is not None:
            progress(done, len(cases), results[-1])
    return Run(summary=summarise(results), config=describe(service.settings, config_name), results=results)
