package com.partvote.application.port.out.contract;

import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/** An Ed25519 signer with a key of its own, for the suite (the application's signer takes its key from configuration). */
public final class TestSigner implements TreeHeadSigner {

    private final KeyPair pair;
    private final LogKey key;

    private TestSigner(KeyPair pair) {
        this.pair = pair;
        this.key = LogKey.of(pair.getPublic());
    }

    public static TestSigner generate() {
        try {
            return new TestSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SignedTreeHead sign(TreeHead head) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update(head.signingBytes());
            return SignedTreeHead.of(head, key.id(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public LogKey key() {
        return key;
    }
}
