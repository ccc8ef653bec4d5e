package com.pledgeboard.portal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public pages' licence statement reads the licence from the model (Thymeleaf keeps beans out of links). */
@ControllerAdvice(assignableTypes = { PortalController.class, ScoresController.class })
class OpenDataPages {

	private final OpenDataLicence licence;

	OpenDataPages(OpenDataLicence licence) {
		this.licence = licence;
	}

	@ModelAttribute("openDataLicence")
	OpenDataLicence openDataLicence() {
		return licence;
	}

}
