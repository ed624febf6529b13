package com.partvote.bootstrap.e2e;

@MemoryApiTest
class BallotLogMemoryTest extends BallotLogScenarios {
}
