package io.github.baozhi.internal.classify;

import io.github.baozhi.internal.boundaries.Unit;

/**
 * A unit with its kind.
 *
 * @param unit the unit
 * @param kind what it is
 * @param subheadMarker for a headline-like unit, whether it opens with an enumerator or bullet
 *     ({@code 一是}, {@code 二、}, {@code （三）}, {@code ■}) as in-body subheads do
 */
public record Classified(Unit unit, Kind kind, boolean subheadMarker) {}
