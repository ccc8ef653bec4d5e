package com.pledgeboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PledgeboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgeboardApplication.class, args);
	}

}
