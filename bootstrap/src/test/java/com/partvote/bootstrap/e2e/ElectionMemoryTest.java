package com.partvote.bootstrap.e2e;

@MemoryApiTest
class ElectionMemoryTest extends ElectionScenarios {
}
