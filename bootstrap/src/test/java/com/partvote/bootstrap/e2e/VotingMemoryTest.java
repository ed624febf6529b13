package com.partvote.bootstrap.e2e;

@MemoryApiTest
class VotingMemoryTest extends VotingScenarios {
}
