package com.partvote.application.port.out;

import com.partvote.domain.log.LogKey;
import com.partvote.domain.log.SignedTreeHead;
import com.partvote.domain.log.TreeHead;

/** Signs the ballot logs' tree heads with the log's private key, which never leaves the signer. */
public interface TreeHeadSigner {

    SignedTreeHead sign(TreeHead head);

    /** The public key every head it signs verifies with. */
    LogKey key();
}
