package com.partvote.bootstrap;

import com.partvote.application.port.out.TreeHeadSigner;
import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;

/** Signs tree heads with the JDK's own Ed25519; a new {@link Signature} per head, as one is not thread-safe. */
final class Ed25519TreeHeadSigner implements TreeHeadSigner {

    private final PrivateKey key;
    private final LogKey publicKey;

    Ed25519TreeHeadSigner(KeyPair pair) {
        this.key = pair.getPrivate();
        this.publicKey = LogKey.of(pair.getPublic());
    }

    @Override
    public SignedTreeHead sign(TreeHead head) {
        try {
            Signature signer = Signature.getInstance(LogKey.ALGORITHM);
            signer.initSign(key);
            signer.update(head.signingBytes());
            return SignedTreeHead.of(head, publicKey.id(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a tree head failed", e);
        }
    }

    @Override
    public LogKey key() {
        return publicKey;
    }
}
