package com.partvote.bootstrap.e2e;

@PostgresApiTest
class ElectionPostgresTest extends ElectionScenarios {
}
