package com.partvote.bootstrap.e2e;

@MemoryApiTest
class PasswordAndSessionsMemoryTest extends PasswordAndSessionsScenarios {
}
