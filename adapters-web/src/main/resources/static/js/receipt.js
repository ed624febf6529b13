// The ballot receipt's check, in the browser: fetch the inclusion proof of the member's tracker and
// verify it here with Web Crypto (RFC 9162, section 2.1.3.2), trusting the page for nothing but the
// tracker. The entry is re-encoded from its fields (docs/ballot-log.md): election|index|epochMillis|
// tracker|choices. No inline script anywhere (the content security policy forbids it).
(function () {
  "use strict";

  function bytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(hex.substr(2 * i, 2), 16); }
    return out;
  }
  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }
  function concat(prefix, parts) {
    var length = 1 + parts.reduce(function (n, p) { return n + p.length; }, 0);
    var out = new Uint8Array(length);
    out[0] = prefix;
    var at = 1;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  function sha256(data) {
    return crypto.subtle.digest("SHA-256", data).then(function (d) { return new Uint8Array(d); });
  }
  function leafHash(data) { return sha256(concat(0, [data])); }
  function nodeHash(left, right) { return sha256(concat(1, [left, right])); }

  function encoded(election, entry) {
    var choices = entry.choices.slice().sort(function (a, b) { return a - b; }).join(",");
    return new TextEncoder().encode(election + "|" + entry.index + "|" + Date.parse(entry.time) + "|" + entry.tracker + "|" + choices);
  }

  // RFC 9162 2.1.3.2, with halving instead of 32-bit shifts
  async function included(index, size, leaf, proof, root) {
    if (index < 0 || index >= size) { return false; }
    var fn = index, sn = size - 1, r = leaf;
    for (var i = 0; i < proof.length; i++) {
      var p = bytes(proof[i]);
      if (sn === 0) { return false; }
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && hex(r) === root;
  }

  // Ed25519 over partvote-tree-head-v1|election|size|root|epochMillis; null where the browser lacks it
  async function signed(head, keyUrl) {
    try {
      var key = (await (await fetch(keyUrl, { headers: { Accept: "application/json" } })).json()).detail;
      var spki = Uint8Array.from(atob(key.public_key), function (c) { return c.charCodeAt(0); });
      var imported = await crypto.subtle.importKey("spki", spki, { name: "Ed25519" }, false, ["verify"]);
      var line = "partvote-tree-head-v1|" + head.election + "|" + head.size + "|" + head.root_hash + "|" + Date.parse(head.timestamp);
      var signature = Uint8Array.from(atob(head.signature), function (c) { return c.charCodeAt(0); });
      return head.key_id === key.key_id
          && await crypto.subtle.verify({ name: "Ed25519" }, imported, signature, new TextEncoder().encode(line));
    } catch (unsupported) {
      return null;
    }
  }

  function names(ids) {
    return ids.map(function (id) {
      var item = document.querySelector("[data-choice='" + id + "'] .name");
      return item ? item.textContent : "#" + id;
    });
  }

  async function check(section, out) {
    var d = section.dataset;
    out.textContent = d.checking;
    var response = await fetch(d.proof, { headers: { Accept: "application/json" } });
    var body = await response.json();
    if (response.status === 409 && body.code === "LOG_ENTRY_PENDING") { out.textContent = d.pending; return; }
    if (!response.ok) { out.textContent = d.error.replace("{code}", body.code || response.status); return; }
    var entry = body.detail.entry, head = body.detail.head;
    var fail = function (reason) { out.textContent = d.failed.replace("{reason}", reason); };
    if (entry.tracker !== d.tracker || String(head.election) !== d.election) { return fail("tracker/election"); }
    var leaf = await leafHash(encoded(d.election, entry));
    if (hex(leaf) !== entry.leaf_hash) { return fail("leaf hash " + entry.leaf_hash); }
    if (!await included(entry.index, head.size, leaf, body.detail.proof, head.root_hash)) { return fail("inclusion proof"); }
    var signature = await signed(head, d.key);
    if (signature === false) { return fail("signature"); }
    var choices = entry.choices.length ? names(entry.choices).join(", ") : d.withdrawn;
    out.textContent = d.ok.replace("{index}", entry.index).replace("{size}", head.size).replace("{choices}", choices)
        + " " + (signature ? d.signed : d.unsigned);
    out.dataset.verified = "true";
    // the entry and the head it was just proven in replace what the page was rendered with
    document.getElementById("receipt-index").textContent = entry.index;
    document.getElementById("receipt-head").textContent = d.headValue.replace("{0}", head.size)
        .replace("{1}", head.timestamp.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC"));
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("receipt");
    var button = document.getElementById("check-ballot");
    var out = document.getElementById("receipt-check");
    if (!section || !button || !out) { return; }
    button.addEventListener("click", function () {
      button.disabled = true;
      check(section, out).catch(function (e) {
        out.textContent = section.dataset.error.replace("{code}", e && e.message ? e.message : "network");
      }).finally(function () { button.disabled = false; });
    });
  });
})();
