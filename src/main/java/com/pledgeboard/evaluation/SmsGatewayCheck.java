package com.pledgeboard.evaluation;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The logging gateway sends no code, so the public evaluation cannot work with it: the server says so
 * loudly at start on the embedded default, and refuses to start with it on PostgreSQL, which is
 * production. The command line sends no message and is not checked.
 */
@Component
@ConditionalOnWebApplication
class SmsGatewayCheck implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SmsGatewayCheck.class);

	private final SmsGateway gateway;

	private final DataSource dataSource;

	SmsGatewayCheck(SmsGateway gateway, DataSource dataSource) {
		this.gateway = gateway;
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!(gateway instanceof LoggingSmsGateway)) {
			return;
		}
		String product;
		try {
			product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("cannot tell which database the server runs on", ex);
		}
		if (!"H2".equals(product)) {
			throw new IllegalStateException("The logging SMS gateway (pledgeboard.evaluation.sms-gateway=log, the "
					+ "default) sends no code and serves only the embedded H2 database, not " + product
					+ ": provide an SmsGateway bean and set pledgeboard.evaluation.sms-gateway to its name.");
		}
		log.warn("""

				*****************************************************************************************
				* The logging SMS gateway is in use: NO one-time code is sent, so citizens cannot rate.  *
				* It serves the embedded H2 database only. Configure a real SmsGateway for production.   *
				*****************************************************************************************""");
	}

}
