package com.pledgeboard;

import com.pledgeboard.support.CapturingSmsGateway;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The parallel attacks on H2, the embedded default. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CapturingSmsGateway.class)
@TestPropertySource(properties = { "pledgeboard.evaluation.codes-per-address-per-hour=3",
		"pledgeboard.evaluation.requests-per-minute=20", "pledgeboard.evaluation.submissions-per-address-per-hour=100" })
class ParallelAttackH2Tests extends ParallelAttacks {

}
