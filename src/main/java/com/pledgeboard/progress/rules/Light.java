package com.pledgeboard.progress.rules;

/**
 * A status light (红黄绿灯). {@code NONE} is no light yet: nothing due or approved to judge by, or a
 * reviewer still to judge. {@code UNREPORTED} (未报送, grey) is a department that has not reported what
 * was due, which says nothing of whether the target is missed; {@code RED} is behind or missed. Declared
 * from best to worst so that the worst of several is the greatest.
 */
public enum Light {

	NONE, GREEN, YELLOW, UNREPORTED, RED;

	/** The worse of two lights; no light gives way to any light. */
	public Light worse(Light other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
