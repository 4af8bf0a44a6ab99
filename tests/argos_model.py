"""Build a tiny, random-weight `.argosmodel` offline, so tests run the real argostranslate path.

Usage: python tests/argos_model.py OUT_DIR [--from en --to es]

The package holds a 1-layer, d=16 CTranslate2 transformer with random (seeded) weights, a
SentencePiece model trained on a few sentences and a one-node MiniSBD sentence splitter, so
installing and translating with it downloads nothing. Its translations are nonsense.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

D_MODEL = 16
FFN = 32
VOCAB_SIZE = 64
SEED = 1234
EOS_BIAS = 3.0
# A fixed timestamp keeps the zip byte-for-byte reproducible.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "th": "Thai"}
SENTENCES = [
    "The worker pays no fee to the recruiter.",
    "The employer pays the visa and the travel costs.",
    "Wages are paid every two weeks at the hourly rate.",
    "Housing is provided at no cost to the worker!",
    "Is the contract written in a language the worker reads?",
    "El trabajador no paga ninguna tarifa al reclutador.",
    "El empleador paga la visa y el viaje.",
    "Los salarios se pagan cada dos semanas.",
]
SBD_UNITS = list(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()-\n")
SENTENCE_ENDS = ".!?"


def train_sentencepiece(vocab_size: int = VOCAB_SIZE) -> bytes:
    """Train a small SentencePiece model in memory and return its bytes."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(SENTENCES),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,  # a few sentences may not fill the vocabulary
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def sentencepiece_pieces(model: bytes) -> list[str]:
    """The pieces of a SentencePiece model, in id order (<unk>, <s>, </s> first)."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _shape_for(scope: str, vocab: int) -> tuple[int, ...]:
    """The shape of one transformer weight, from its scope name."""
    d = D_MODEL
    if scope.endswith(("/gamma", "/beta")):
        return (d,)
    if "embeddings" in scope or scope.endswith("projection/weight"):
        return (vocab, d)
    # Check self-attention first: "attention/linear_0" is also a suffix of it.
    if "/self_attention/" in scope:
        return (3 * d, d) if "/linear_0/" in scope else (d, d)
    if "/attention/" in scope:
        return (2 * d, d) if "/linear_1/" in scope else (d, d)
    if scope.endswith("ffn/linear_0/weight"):
        return (FFN, d)
    if scope.endswith("ffn/linear_1/weight"):
        return (d, FFN)
    raise ValueError(f"no shape known for {scope}")


def _fill_value(scope: str, shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Layer norms start as identity; everything else is small random noise."""
    if scope.endswith("/gamma"):
        return np.ones(shape, dtype=np.float32)
    if scope.endswith("/beta"):
        return np.zeros(shape, dtype=np.float32)
    return rng.normal(0.0, 0.5, size=shape).astype(np.float32)


def build_ctranslate2_model(out_dir: Path, pieces: list[str], seed: int = SEED) -> Path:
    """Save a random-weight 1-layer transformer over `pieces` into out_dir."""
    from ctranslate2.specs import TransformerSpec, model_spec

    spec = TransformerSpec.from_config(num_layers=1, num_heads=2)
    rng = np.random.default_rng(seed)

    def fill(layer: Any, scope: str, value: Any) -> None:
        if value is None:  # None marks a required, still unset variable
            shape = _shape_for(scope, len(pieces))
            setattr(layer, scope.rsplit("/", 1)[1], _fill_value(scope, shape, rng))

    model_spec.visit_spec(spec, fill)
    # Random weights rarely pick </s>, so outputs would run to the 256-token limit: a mild
    # bias towards it keeps the nonsense short (and each test fast), as a real model's is.
    eos_bias = np.zeros(len(pieces), dtype=np.float32)
    eos_bias[pieces.index("</s>")] = EOS_BIAS
    spec.decoder.projection.bias = eos_bias
    spec.register_source_vocabulary(pieces)
    spec.register_target_vocabulary(pieces)
    spec.validate()
    spec.optimize()
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))
    return out_dir


def build_minisbd_onnx(lang_code: str) -> bytes:
    """A one-node MiniSBD model: '.', '!' and '?' end a sentence, nothing else does."""
    import onnx
    from onnx import TensorProto, helper

    id2unit = ["<PAD>", "<UNK>", "<EMPTY>", "<ROOT>", *SBD_UNITS]
    table = np.zeros((len(id2unit), 5), dtype=np.float32)
    table[:, 0] = 1.0  # label 0: inside a token
    for unit in SENTENCE_ENDS:
        table[id2unit.index(unit)] = [0.0, 0.0, 1.0, 0.0, 0.0]  # label 2: end of sentence
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "units"], ["logits"], axis=0)],
        "minisbd_tiny",
        inputs=[
            helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "chars"]),
            helper.make_tensor_value_info(
                "features", TensorProto.FLOAT, ["batch", "chars", "n_features"]
            ),
        ],
        outputs=[helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "chars", 5])],
        initializer=[helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.ravel())],
    )
    # Opset 17 / IR 8: old enough for any onnxruntime the project may pin.
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    config = {
        "skip_newline": False,
        "max_seqlen": 1000,
        "no_ssplit": False,
        "batch_size": 1,
        "feat_funcs": ["space_before", "capitalized"],
        "use_dictionary": False,
        "num_dict_feat": 0,
    }
    vocab = {
        "lang": lang_code,
        "idx": 0,
        "cutoff": 0,
        "lower": False,
        "_unit2id": {unit: i for i, unit in enumerate(id2unit)},
        "_id2unit": id2unit,
    }
    props = {"lang_code": lang_code, "config": json.dumps(config), "vocab": json.dumps(vocab)}
    props["lexicon"] = "null"
    helper.set_model_props(model, props)
    onnx.checker.check_model(model)
    return bytes(model.SerializeToString())


def metadata(from_code: str, to_code: str) -> dict[str, Any]:
    """The metadata.json argostranslate reads from a package."""
    return {
        "package_version": "0.0.1",
        "argos_version": "1.9.0",
        "type": "translate",
        "from_code": from_code,
        "from_name": NAMES.get(from_code, from_code),
        "to_code": to_code,
        "to_name": NAMES.get(to_code, to_code),
        "links": [],
    }


def _zip_dir(zipf: zipfile.ZipFile, src: Path, prefix: str) -> None:
    """Add every file under src below prefix/, in a stable order."""
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        _zip_bytes(zipf, f"{prefix}/{path.relative_to(src).as_posix()}", path.read_bytes())


def _zip_bytes(zipf: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Add one member with a fixed timestamp."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    zipf.writestr(info, data)


def build_tiny_model(out_dir: Path | str, from_code: str = "en", to_code: str = "es") -> Path:
    """Write `translate-<from>_<to>-tiny.argosmodel` into out_dir and return its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    name = f"translate-{from_code}_{to_code}-tiny"
    sp_model = train_sentencepiece()
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = build_ctranslate2_model(Path(tmp) / "model", sentencepiece_pieces(sp_model))
        target = out / f"{name}.argosmodel"
        with zipfile.ZipFile(target, "w") as zipf:
            meta = json.dumps(metadata(from_code, to_code), indent=2)
            _zip_bytes(zipf, f"{name}/metadata.json", meta.encode())
            _zip_bytes(zipf, f"{name}/README.md", b"Tiny random-weight test model.\n")
            _zip_bytes(zipf, f"{name}/sentencepiece.model", sp_model)
            _zip_bytes(zipf, f"{name}/minisbd/{from_code}.onnx", build_minisbd_onnx(from_code))
            _zip_dir(zipf, model_dir, f"{name}/model")
    return target


def isolate_argos_env(root: Path | str) -> dict[str, str]:
    """Point argostranslate's packages, data, cache and index at root; call before importing it."""
    if "argostranslate.settings" in sys.modules:
        # argostranslate reads these once, at import: setting them later would be silently ignored.
        raise RuntimeError("argostranslate was imported before its environment was isolated")
    base = Path(root)
    env = {
        "ARGOS_PACKAGES_DIR": str(base / "packages"),
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_CONFIG_HOME": str(base / "config"),
        # A closed local port: an index "download" fails at once, as it does offline.
        "ARGOS_PACKAGE_INDEX": "http://127.0.0.1:9/",
        "ARGOS_DEVICE_TYPE": "cpu",
    }
    for path in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        Path(env[path]).mkdir(parents=True, exist_ok=True)
    os.environ.update(env)
    return env


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--from", dest="from_code", default="en")
    parser.add_argument("--to", dest="to_code", default="es")
    args = parser.parse_args(argv)
    path = build_tiny_model(args.out_dir, args.from_code, args.to_code)
    print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
