package com.partvote.bootstrap.e2e;

@PostgresApiTest
class BallotLogPostgresTest extends BallotLogScenarios {
}
