package com.partvote.adapters.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "member")
class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 30)
    String name;

    @Column(nullable = false, length = 254)
    String email;

    @Column(nullable = false, length = 2)
    String part;

    @Column(length = 50)
    String team;

    @Column(name = "password_hash", nullable = false, length = 100)
    String passwordHash;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected MemberEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPart() {
        return part;
    }

    public String getTeam() {
        return team;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
