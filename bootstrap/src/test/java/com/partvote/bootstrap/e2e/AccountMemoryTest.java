package com.partvote.bootstrap.e2e;

@MemoryApiTest
class AccountMemoryTest extends AccountScenarios {
}
