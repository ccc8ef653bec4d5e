package com.pledgeboard.catalogue;

/**
 * Where a target stands with the people who review it. Only {@code PROPOSED} targets are the
 * extractor's to replace; a confirmed or edited one belongs to a person.
 */
public enum TargetStatus {

	PROPOSED, CONFIRMED, EDITED

}
