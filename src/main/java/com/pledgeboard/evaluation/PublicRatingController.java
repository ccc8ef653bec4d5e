package com.pledgeboard.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public evaluation pages: the form of a plan year, sending a code, submitting ratings. The
 * session keeps only the number's hash and its masked form between the two steps, never the number.
 */
@Controller
class PublicRatingController {

	static final String VIEW = "evaluation/public";

	static final String PHONE_HASH = "evaluation.phoneHash";

	static final String MASKED = "evaluation.masked";

	private final PublicRatings ratings;

	private final Catalogue catalogue;

	private final String defaultRegion;

	private final MessageSource messages;

	PublicRatingController(PublicRatings ratings, Catalogue catalogue,
			@Value("${pledgeboard.default-region}") String defaultRegion, MessageSource messages) {
		this.ratings = ratings;
		this.catalogue = catalogue;
		this.defaultRegion = defaultRegion;
		this.messages = messages;
	}

	@GetMapping("/years/{year}/evaluate")
	String form(@PathVariable int year, @RequestParam(required = false) String region, HttpSession session, Model model) {
		PlanYear planYear = catalogue.findPlanYear(region(region), year)
			.filter(p -> p.state().isPublic())
			.orElseThrow(() -> NotFound.of("plan year " + year));
		Map<String, List<DepartmentEntry>> categories = new LinkedHashMap<>();
		catalogue.entries(planYear.id()).forEach(e -> categories.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e));
		model.addAttribute("planYear", planYear);
		model.addAttribute("open", planYear.state() == PlanYearState.ASSESSING);
		model.addAttribute("categories", categories);
		model.addAttribute("choices", Choice.values());
		model.addAttribute("masked", session.getAttribute(MASKED));
		model.addAttribute("maxComment", PublicRatings.MAX_COMMENT);
		return VIEW;
	}

	@PostMapping("/evaluate/{year}/code")
	String code(@PathVariable int year, @RequestParam(required = false) String region, @RequestParam String mobile,
			HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		try {
			String hash = ratings.requestCode(region(region), year, mobile, clientAddress(request));
			session.setAttribute(PHONE_HASH, hash);
			session.setAttribute(MASKED, PublicRatings.masked(PublicRatings.normaliseMobile(mobile)));
			redirect.addFlashAttribute("done", "evaluation.done.codeSent");
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return back(year, region);
	}

	@PostMapping("/evaluate/{year}/rate")
	String rate(@PathVariable int year, @RequestParam(required = false) String region,
			@RequestParam(required = false) String code, @RequestParam MultiValueMap<String, String> params,
			HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
		Map<Long, Choice> choices = new LinkedHashMap<>();
		Map<Long, String> comments = new LinkedHashMap<>();
		try {
			params.forEach((name, values) -> {
				String value = values.isEmpty() ? "" : values.get(0);
				if (name.startsWith("choice-") && !value.isBlank()) {
					choices.put(id(name), Choice.valueOf(value));
				}
				else if (name.startsWith("comment-")) {
					comments.put(id(name), value);
				}
			});
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage("evaluation.refused.unreadable", null, LocaleContextHolder.getLocale()));
			return back(year, region);
		}
		try {
			int stored = ratings.rate(region(region), year, (String) session.getAttribute(PHONE_HASH), code, choices, comments,
					clientAddress(request));
			session.removeAttribute(PHONE_HASH);
			session.removeAttribute(MASKED);
			redirect.addFlashAttribute("done", "evaluation.done.rated");
			redirect.addFlashAttribute("stored", stored);
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return back(year, region);
	}

	private static long id(String name) {
		return Long.parseLong(name.substring(name.indexOf('-') + 1));
	}

	private String region(String requested) {
		return requested == null || requested.isBlank() ? defaultRegion : requested.strip();
	}

	/** The form again; the region typed by the visitor is encoded as a value, never read as a URI template. */
	private String back(int year, String region) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/years/{year}/evaluate");
		if (region != null && !region.isBlank()) {
			page.queryParam("region", "{region}");
		}
		return "redirect:" + page.encode().buildAndExpand(Map.of("year", year, "region", region(region))).toUriString();
	}

	/**
	 * The client as every module names it. Behind a proxy, {@code server.forward-headers-strategy=native}
	 * lets the server take it from X-Forwarded-For, trusting only internal proxies.
	 */
	private static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
