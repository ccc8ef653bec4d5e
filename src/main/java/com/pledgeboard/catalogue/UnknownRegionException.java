package com.pledgeboard.catalogue;

import com.pledgeboard.i18n.NotFound;

/**
 * A region code that is not in the catalogue (a GB/T 2260 code). Its own type, as the import page
 * answers it beside the region field.
 */
public class UnknownRegionException extends NotFound {

	private static final long serialVersionUID = 1L;

	public UnknownRegionException(String regionCode) {
		super("catalogue.notFound.region", regionCode);
	}

}
