package com.partvote.bootstrap.e2e;

@PostgresApiTest
class PasswordAndSessionsPostgresTest extends PasswordAndSessionsScenarios {
}
