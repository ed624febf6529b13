package com.partvote.bootstrap.e2e;

@PostgresApiTest
class VotingPostgresTest extends VotingScenarios {
}
