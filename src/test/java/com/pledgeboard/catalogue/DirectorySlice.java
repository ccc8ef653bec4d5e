package com.pledgeboard.catalogue;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The catalogue's part of a web slice ({@link com.pledgeboard.support.WebSlice}): the catalogue and the
 * department directory the account service checks a user's department against, on the slice's database.
 */
@Configuration(proxyBeanMethods = false)
@Import({ Catalogue.class, CatalogueStore.class, CatalogueDepartmentDirectory.class })
public class DirectorySlice {

}
