import random

import pytest

from listing_genie_desktop.core.errors import ErrorKind, GenerationError
from listing_genie_desktop.core.retry import RetryPolicy, next_variation


def error(kind: ErrorKind, retry_after: float | None = None) -> GenerationError:
    return GenerationError(kind, "x", retry_after=retry_after)


def test_default_schedule_is_one_two_four_seconds():
    policy = RetryPolicy()
    assert policy.max_attempts == 4
    assert [policy.backoff(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]


def test_backoff_is_capped():
    policy = RetryPolicy(max_retries=5, base_delay=1.0, max_delay=8.0)
    assert [policy.backoff(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_stays_within_half_to_full_delay():
    policy = RetryPolicy(jitter=True)
    rng = random.Random(7)
    delays = [policy.backoff(3, rng) for _ in range(200)]
    assert min(delays) >= 2.0
    assert max(delays) <= 4.0
    assert len(set(delays)) > 100


def test_server_hint_lengthens_the_wait_but_never_shortens_it():
    policy = RetryPolicy()
    assert policy.delay_before(1, error(ErrorKind.RATE_LIMITED, retry_after=7.0)) == 7.0
    assert policy.delay_before(3, error(ErrorKind.RATE_LIMITED, retry_after=0.5)) == 4.0


@pytest.mark.parametrize(
    ("kind", "attempt", "expected"),
    [
        (ErrorKind.SERVER, 1, True),
        (ErrorKind.SERVER, 3, True),
        (ErrorKind.SERVER, 4, False),
        (ErrorKind.SAFETY, 1, True),
        (ErrorKind.NO_IMAGE, 2, True),
        (ErrorKind.TIMEOUT, 1, True),
        (ErrorKind.NETWORK, 1, True),
        (ErrorKind.BAD_REQUEST, 1, False),
        (ErrorKind.AUTH, 1, False),
        (ErrorKind.NOT_FOUND, 1, False),
        (ErrorKind.QUOTA_EXHAUSTED, 1, False),
        (ErrorKind.STORAGE, 1, False),
    ],
)
def test_which_failures_are_retried(kind, attempt, expected):
    assert RetryPolicy().will_retry(error(kind), attempt) is expected


def test_a_hint_beyond_the_maximum_wait_ends_the_image():
    policy = RetryPolicy(max_hint_wait=60.0)
    assert policy.will_retry(error(ErrorKind.RATE_LIMITED, retry_after=60.0), 1)
    assert not policy.will_retry(error(ErrorKind.RATE_LIMITED, retry_after=61.0), 1)


def test_zero_retries_means_one_attempt():
    assert not RetryPolicy(max_retries=0).will_retry(error(ErrorKind.SERVER), 1)


def test_variations_follow_what_failed_in_graded_steps_and_never_repeat():
    assert next_variation(None, []) == "base"
    assert next_variation(error(ErrorKind.SAFETY), ["base"]) == "conservative"
    assert next_variation(error(ErrorKind.SAFETY), ["base", "conservative"]) == "conservative_strict"
    assert next_variation(error(ErrorKind.NO_IMAGE), ["base", "conservative"]) == "explicit_image"
    tried = ["base"]
    for _ in range(5):  # the policy's most retries, all of one kind
        tried.append(next_variation(error(ErrorKind.SAFETY), tried))
    assert tried == ["base", "conservative", "conservative_strict", "conservative_minimal", "clarity", "simplified"]
    rotated = ["base"]
    for _ in range(3):
        rotated.append(next_variation(error(ErrorKind.SERVER), rotated))
    assert rotated == ["base", "clarity", "simplified", "detailed"]


def test_invalid_policies_are_refused():
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=6)
    with pytest.raises(ValueError):
        RetryPolicy(base_delay=5, max_delay=1)


def test_a_permanent_failure_is_never_retried_whatever_its_kind():
    refused = GenerationError(ErrorKind.NETWORK, "certificate not trusted", permanent=True)
    assert not RetryPolicy().will_retry(refused, 1)
    assert refused.is_fatal and not refused.is_retryable


def test_a_failure_told_in_other_words_keeps_what_the_policy_reads():
    """Redaction and "Stopped: ..." rewrite the text; the retry decision must not change with it."""
    refused = GenerationError(ErrorKind.NETWORK, "certificate", http_status=None, retry_after=3.0, permanent=True)
    reworded = refused.with_text("Stopped: certificate")
    assert (reworded.kind, reworded.retry_after, reworded.permanent) == (ErrorKind.NETWORK, 3.0, True)
    assert not RetryPolicy().will_retry(reworded, 1)
