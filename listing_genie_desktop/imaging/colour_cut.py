"""A GrabCut-style colour cut: product and backdrop colour models, and a smooth boundary between them.

The model is GrabCut's (Rother, Kolmogorov and Blake, 2004): each side is a five-component
Gaussian mixture in RGB; a pixel pays the negative log-likelihood of the side it is given, and
neighbours given different sides pay a contrast-sensitive price, high where their colours are
alike, so the boundary prefers to run along colour edges. Three rounds alternate between
refitting the mixtures to the current split and re-solving the split.

GrabCut solves the split with a max-flow min-cut, which needs a compiled graph library
(OpenCV's, which this app no longer ships, or PyMaxflow, whose GPL licence does not suit a
proprietary app). Here it is solved with numpy by dual decomposition: every neighbour link belongs to exactly one of
four families of straight chains (rows, columns and the two diagonals); a chain is solved
exactly by dynamic programming, vectorised over all chains of a family; each family gets a
share of every pixel's colour cost, and the shares are adjusted so that the families come to
agree on each pixel's side. When they agree on every pixel, the split is the exact minimum;
the rounds of adjustment are bounded, so a few pixels along faint stretches of boundary may
stay disputed, and the sum of the families' verdicts decides them. Measured on the synthetic photos
(`tests/imaging/synthetic.py`, 84 at 360 px), isolation's mean IoU with this split is 0.987,
against 0.988 with an exact max-flow min-cut of the same energy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

COMPONENTS = 5
"""Gaussians per colour model, as in GrabCut."""
SMOOTHNESS = 50.0
"""GrabCut's gamma: the price of a boundary between two neighbours of identical colour."""
ROUNDS = 3
"""Refits of the colour models; each is followed by a new split."""
AGREEMENT_STEPS = 3
"""Most rounds of share adjustment per split (fewer when the families agree sooner); measured
on the synthetic photos, more rounds change the mean IoU by less than 0.001."""
STEP = 10.0
"""Size of the first share adjustment, in the cost's units (nats); later ones shrink as 1/sqrt(n)."""
OUTSIDE_STRIDE = 2
"""Spacing of the grid of certain-background pixels outside the uncertain box that the colour
models learn from (all pixels inside the box are used)."""
KMEANS_SAMPLES = 4000
"""Colours the k-means that seeds each mixture clusters (an even subsample): seeds need no more."""
KMEANS_ITERATIONS = 10
"""Lloyd iterations of that k-means, as in OpenCV's GrabCut."""
_CERTAIN = 1e6
"""Colour cost that decides a pixel whatever its neighbours (pixels the caller is sure of)."""


def colour_cut(rgb: np.ndarray, background: np.ndarray, probable: np.ndarray, product: np.ndarray) -> np.ndarray | None:
    """The product side (bool) of the photo `rgb` (H, W, 3 uint8).

    `background` and `product` are certain and kept; the rest of the frame starts on the
    product side where `probable` is set, on the backdrop's side elsewhere, and may move.
    None when one side has no pixels to learn colours from (at the start, or because a split
    emptied it).
    """
    if background.all():
        return None
    top, bottom, left, right = _uncertain_box(background)
    box = (slice(top, bottom), slice(left, right))
    # the colour models learn from every pixel of the box and from a sparse grid of the certain
    # background around it, each grid pixel standing for the OUTSIDE_STRIDE^2 it replaces
    outside = background.copy()
    outside[box] = False
    grid = np.zeros(background.shape, bool)
    grid[::OUTSIDE_STRIDE, ::OUTSIDE_STRIDE] = True
    colours = np.concatenate([rgb[box].reshape(-1, 3), rgb[outside & grid]]).astype(np.float64)
    boxed = (bottom - top) * (right - left)
    weights = np.concatenate([np.ones(boxed), np.full(len(colours) - boxed, float(OUTSIDE_STRIDE**2))])
    features = _quadratic_features(colours)
    inside = np.zeros(len(colours), bool)
    inside[:boxed] = (probable | product)[box].ravel()
    if inside.all() or not inside.any():
        return None
    links = _Links.of(rgb, box)
    certain_background, certain_product = background[box], product[box]
    product_model, backdrop_model = _initial_models(colours, features, inside, weights)
    for _ in range(ROUNDS):
        # GrabCut's two steps: each pixel joins the densest component of its side's model, the
        # models are re-estimated from their members; then the split is solved again
        groups = np.where(
            inside,
            _densest(product_model.densities(features)),
            COMPONENTS + _densest(backdrop_model.densities(features)),
        )
        statistics = _statistics(features, groups, weights)
        product_model = _Mixture.estimate(statistics[:, :COMPONENTS])
        backdrop_model = _Mixture.estimate(statistics[:, COMPONENTS:])
        box_features = features[:, :boxed]
        cost = backdrop_model.log_likelihood(box_features) - product_model.log_likelihood(box_features)
        cost = cost.reshape(bottom - top, right - left)
        cost[certain_background], cost[certain_product] = _CERTAIN, -_CERTAIN
        split = _split(cost, links)
        if split.all() or not split.any():
            return None
        inside[:boxed] = split.ravel()
    result = np.zeros(background.shape, bool)
    result[box] = split
    return result


def _uncertain_box(background: np.ndarray) -> tuple[int, int, int, int]:
    """(top, bottom, left, right) of what is not certain background, with one certain pixel
    of margin: chains entering the box from outside carry nothing a certain pixel does not."""
    rows, cols = np.flatnonzero(~background.all(axis=1)), np.flatnonzero(~background.all(axis=0))
    height, width = background.shape
    return max(0, rows[0] - 1), min(height, rows[-1] + 2), max(0, cols[0] - 1), min(width, cols[-1] + 2)


def _quadratic_features(pixels: np.ndarray) -> np.ndarray:
    """(10, N): r^2, g^2, b^2, rg, rb, gb, r, g, b, 1 of each pixel. Any Gaussian's exponent is a
    linear function of them, so one matrix product scores every pixel against every component,
    and their sums over a component's members are all it takes to estimate it. Pixels run
    along the rows, so the per-pixel work below runs over contiguous memory."""
    r, g, b = pixels[:, 0], pixels[:, 1], pixels[:, 2]
    return np.stack([r * r, g * g, b * b, r * g, r * b, g * b, r, g, b, np.ones_like(r)])


def _statistics(features: np.ndarray, groups: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """(10, 2 * COMPONENTS): the weighted sums of the features over each group's members (the
    last row counts them); groups 0..COMPONENTS-1 are the product model's, the rest the backdrop's."""
    members = np.zeros((len(groups), 2 * COMPONENTS))
    members[np.arange(len(groups)), groups] = weights
    return features @ members


def _initial_models(
    colours: np.ndarray, features: np.ndarray, inside: np.ndarray, weights: np.ndarray
) -> tuple[_Mixture, _Mixture]:
    """Components from k-means clusters of each side's colours, as GrabCut starts."""
    product_groups = _nearest_centre(colours, _kmeans_centres(colours[inside], COMPONENTS))
    backdrop_groups = _nearest_centre(colours, _kmeans_centres(colours[~inside], COMPONENTS))
    statistics = _statistics(features, np.where(inside, product_groups, COMPONENTS + backdrop_groups), weights)
    return _Mixture.estimate(statistics[:, :COMPONENTS]), _Mixture.estimate(statistics[:, COMPONENTS:])


@dataclass(frozen=True)
class _Mixture:
    """A Gaussian mixture over RGB, kept as the linear map from `_quadratic_features` to each
    component's log-density (without the shared (2 pi)^-1.5) and the components' log-weights."""

    coefficients: np.ndarray
    """(10, components): features to each component's log-density."""
    log_weights: np.ndarray
    """(components,): log of each component's share of the model's samples."""

    @classmethod
    def estimate(cls, statistics: np.ndarray) -> _Mixture:
        """The mixture whose components have the given feature sums (see `_statistics`); groups
        without members are left out."""
        columns, counts = [], []
        for column in statistics.T:
            count = column[9]
            if count <= 0:
                continue
            mean = column[6:9] / count
            (rr, gg, bb), (rg, rb, gb) = column[0:3], column[3:6]
            second = np.array([[rr, rg, rb], [rg, gg, gb], [rb, gb, bb]])
            covariance = second / count - np.outer(mean, mean)
            if np.linalg.det(covariance) <= 1e-6:
                covariance += 0.01 * np.eye(3)  # a flat patch: GrabCut's regularisation
            precision = np.linalg.inv(covariance)
            _, log_det = np.linalg.slogdet(covariance)
            # -0.5 (x - m)' P (x - m) = -0.5 x'Px + m'Px - 0.5 m'Pm
            columns.append(
                [
                    -0.5 * precision[0, 0],
                    -0.5 * precision[1, 1],
                    -0.5 * precision[2, 2],
                    -precision[0, 1],
                    -precision[0, 2],
                    -precision[1, 2],
                    *(precision @ mean),
                    -0.5 * log_det - 0.5 * mean @ precision @ mean,
                ]
            )
            counts.append(count)
        return cls(np.array(columns).T, np.log(np.array(counts) / sum(counts)))

    def densities(self, features: np.ndarray) -> np.ndarray:
        """(components, N) log-density of each component at each pixel."""
        return self.coefficients.T @ features

    def log_likelihood(self, features: np.ndarray) -> np.ndarray:
        """(N,) log of the mixture's density at each pixel."""
        scores = self.densities(features) + self.log_weights[:, None]
        peak = scores.max(axis=0)
        return peak + np.log(np.exp(scores - peak).sum(axis=0))


def _densest(densities: np.ndarray) -> np.ndarray:
    """Index of the largest of each column of (components, N), the first on ties: `argmax(axis=0)`
    without its transposed copy."""
    best, index = densities[0].copy(), np.zeros(densities.shape[1], np.intp)
    for component in range(1, len(densities)):
        index[densities[component] > best] = component
        np.maximum(best, densities[component], out=best)
    return index


def _kmeans_centres(colours: np.ndarray, k: int) -> np.ndarray:
    """(k, 3) cluster centres: Lloyd's iterations from k-means++ seeds, on an even subsample
    (the clusters only seed the mixture), seeded so a photo always gives the same answer."""
    rng = np.random.default_rng(0)
    subset = colours[:: max(1, len(colours) // KMEANS_SAMPLES)]
    centres = [subset[rng.integers(len(subset))]]
    nearest = ((subset - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        total = nearest.sum()
        pick = rng.choice(len(subset), p=nearest / total) if total > 0 else rng.integers(len(subset))
        centres.append(subset[pick])
        nearest = np.minimum(nearest, ((subset - subset[pick]) ** 2).sum(axis=1))
    centre_array = np.array(centres)
    for _ in range(KMEANS_ITERATIONS):
        labels = _nearest_centre(subset, centre_array)
        for cluster in range(k):
            members = subset[labels == cluster]
            if len(members):
                centre_array[cluster] = members.mean(axis=0)
    return centre_array


def _nearest_centre(colours: np.ndarray, centres: np.ndarray) -> np.ndarray:
    distances = -2 * colours @ centres.T + (centres**2).sum(axis=1)[None, :]  # + |colour|^2, the same for all
    return distances.argmin(axis=1)


@dataclass(frozen=True)
class _Links:
    """Price of a boundary between each pixel of a box and its neighbour to the right, below,
    below-right and below-left: SMOOTHNESS * exp(-beta * colour distance^2), divided by the
    distance for diagonals; beta is one over twice the mean squared distance between
    neighbours in the whole photo (GrabCut's choice, so the price adapts to its contrast)."""

    right: np.ndarray
    down: np.ndarray
    down_right: np.ndarray
    down_left: np.ndarray
    """Each the box's shape; a link that would leave the box costs 0 (the box keeps certain
    pixels at its rim, so nothing beyond them matters)."""

    @classmethod
    def of(cls, rgb: np.ndarray, box: tuple[slice, slice]) -> _Links:
        image = rgb.astype(np.float64)
        height, width = image.shape[:2]
        # squared colour distance of each pixel to its neighbour in a direction, 0 past the edge
        offsets = {"right": (0, 1), "down": (1, 0), "down_right": (1, 1), "down_left": (1, -1)}
        squared, total, count = {}, 0.0, 0
        for name, (dy, dx) in offsets.items():
            here = (slice(0, height - dy), slice(max(0, -dx), width - max(0, dx)))
            there = (slice(dy, height), slice(max(0, dx), width + min(0, dx)))
            distance = np.zeros((height, width))
            distance[here] = ((image[there] - image[here]) ** 2).sum(axis=2)
            total, count = total + float(distance[here].sum()), count + distance[here].size
            valid = np.zeros((height, width), bool)
            valid[here] = True
            squared[name] = (distance[box], valid[box])
        beta = 0.5 * count / total if total > 0 else 0.0
        links = {}
        for name, (distance, valid) in squared.items():
            scale = SMOOTHNESS if name in ("right", "down") else SMOOTHNESS / np.sqrt(2.0)
            weight = np.where(valid, scale * np.exp(-beta * distance), 0.0)
            dy, dx = offsets[name]
            # links leaving the box: below its last row, past its right or left column
            if dy:
                weight[-1] = 0.0
            if dx > 0:
                weight[:, -1] = 0.0
            elif dx < 0:
                weight[:, 0] = 0.0
            links[name] = weight
        return cls(**links)

    @property
    def right_transposed(self) -> np.ndarray:
        """`right` laid out column by column, so row chains run over contiguous memory."""
        return np.ascontiguousarray(self.right.T)


def _split(cost: np.ndarray, links: _Links) -> np.ndarray:
    """Pixels whose minimum-energy side is the product: cost is product minus backdrop colour
    cost per pixel; links price a boundary between neighbours. Dual decomposition over the four
    chain families (see the module docstring)."""
    height, width = cost.shape
    # Columns and both diagonals run down the rows once the diagonals are sheared into columns
    # (x' = x - shift * y, wrapping): the three families then share one pass. A wrapped link
    # would leave the box, and those cost 0, so no chain crosses the seam.
    rows = np.arange(height)[:, None, None]
    sheared = (np.arange(width)[None, None, :] + np.array([0, 1, -1])[None, :, None] * rows) % width
    gather = ((rows * 3 + np.arange(3)[None, :, None]) * width + sheared).ravel()  # flat (H, 3, W) indices
    column_links = (
        np.stack([links.down, links.down_right, links.down_left], axis=1).take(gather).reshape(height, 3, width)
    )
    row_links = links.right_transposed
    row_share = np.ascontiguousarray(cost.T) / 4
    column_shares = np.repeat(cost[:, None, :] / 4, 3, axis=1)
    column_marginals = np.empty((height, 3, width))
    for step in range(AGREEMENT_STEPS + 1):
        row_marginal = _chain_marginals(row_share, row_links).T
        column_marginals.ravel()[gather] = _chain_marginals(
            column_shares.take(gather).reshape(height, 3, width), column_links
        ).ravel()
        row_vote, column_votes = row_marginal < 0, column_marginals < 0
        product_votes = row_vote + column_votes[:, 0].astype(np.int8) + column_votes[:, 1] + column_votes[:, 2]
        if step == AGREEMENT_STEPS or not ((product_votes > 0) & (product_votes < 4)).any():
            break
        # dual ascent: a family that alone says "product" finds it dearer, and the other way round
        size, mean_vote = STEP / np.sqrt(step + 1.0), product_votes / 4
        row_share += size * (row_vote - mean_vote).T
        column_shares += size * (column_votes - mean_vote[:, None, :])
    return (row_marginal + column_marginals[:, 0] + column_marginals[:, 1] + column_marginals[:, 2]) < 0


def _chain_marginals(cost: np.ndarray, links: np.ndarray) -> np.ndarray:
    """Min-marginal (product minus backdrop) of every pixel on chains running down axis 0.

    `cost` and `links` are (H, ...): pixel [y, i] links to [y + 1, i] at price links[y, i].
    Two labels make the Viterbi message one number: the best-energy difference carried from
    one end, which a link caps at plus or minus its price. The marginal is both ends'
    messages minus the pixel's own cost, counted twice.
    """
    height = cost.shape[0]
    floor = -links
    forward, backward = np.empty_like(cost), np.empty_like(cost)
    forward[0], backward[-1] = cost[0], cost[-1]
    carried = np.empty(cost.shape[1:])
    for y in range(1, height):
        np.maximum(forward[y - 1], floor[y - 1], out=carried)
        np.minimum(carried, links[y - 1], out=carried)
        np.add(cost[y], carried, out=forward[y])
    for y in range(height - 2, -1, -1):
        np.maximum(backward[y + 1], floor[y], out=carried)
        np.minimum(carried, links[y], out=carried)
        np.add(cost[y], carried, out=backward[y])
    return forward + backward - cost
