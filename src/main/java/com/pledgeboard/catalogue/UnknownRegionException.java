package com.pledgeboard.catalogue;

/**
 * A region code that is not in the catalogue.
 */
public class UnknownRegionException extends IllegalArgumentException {

	public UnknownRegionException(String regionCode) {
		super("unknown region " + regionCode + " (GB/T 2260 code not in the catalogue; 未知地区)");
	}

}
