package com.partvote.domain.member;

/** What a member may do beyond voting: an ADMIN runs elections, the voter roll and other members' roles. */
public enum Role {
    MEMBER,
    ADMIN
}
