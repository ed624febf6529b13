package com.partvote.bootstrap.e2e;

@PostgresApiTest
class AccountPostgresTest extends AccountScenarios {
}
