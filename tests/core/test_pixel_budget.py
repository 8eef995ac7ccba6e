"""The finishing pixel budget: two 4K images finish at once, a third waits; 2K images are not held back."""

from __future__ import annotations

import asyncio

from listing_genie_desktop.core.pixel_budget import PixelBudget

FOUR_K = 4096 * 4096
TWO_K = 2048 * 2048


async def test_a_third_4k_image_waits_until_one_of_two_finishes() -> None:
    budget = PixelBudget()
    started: list[int] = []
    release = [asyncio.Event() for _ in range(3)]

    async def finish(number: int) -> None:
        async with budget.held(FOUR_K):
            started.append(number)
            await release[number].wait()

    tasks = [asyncio.ensure_future(finish(n)) for n in range(3)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert started == [0, 1]
    release[0].set()
    for _ in range(5):
        await asyncio.sleep(0)
    assert started == [0, 1, 2]
    for event in release:
        event.set()
    await asyncio.gather(*tasks)
    assert budget.in_use == 0


async def test_eight_2k_images_and_one_image_larger_than_the_budget_all_get_in() -> None:
    budget = PixelBudget()
    async with budget.held(50_000_000):
        assert budget.in_use == budget.budget
    inside = 0

    async def finish() -> None:
        nonlocal inside
        async with budget.held(TWO_K):
            inside += 1
            await asyncio.sleep(0)

    await asyncio.wait_for(asyncio.gather(*(finish() for _ in range(8))), 5)
    assert inside == 8
