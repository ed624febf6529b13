package com.partvote.bootstrap.e2e;

@MemoryApiTest
class LiveResultsMemoryTest extends LiveResultsScenarios {
}
