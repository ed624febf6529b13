package com.partvote.bootstrap.e2e;

@PostgresApiTest
class LiveResultsPostgresTest extends LiveResultsScenarios {
}
