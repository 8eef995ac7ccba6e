"""Reading the three kinds of product file: every planted bad row is reported with its row, column and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from listing_genie_desktop.core.catalogue import CatalogueFile, SourceKind, read_catalogue
from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.imaging.catalogue_photos import FolderPhotos


def read(path: Path, photos: Path | None = None) -> CatalogueFile:
    return read_catalogue(path.read_text(encoding="utf-8"), FolderPhotos(path.parent, photos))


def problems_by_row(catalogue: CatalogueFile) -> dict[int, list[str]]:
    return {item.row: [str(p) for p in item.problems] for item in catalogue.invalid_items}


def test_a_template_file_reports_each_bad_row_and_keeps_the_good_ones(tmp_path, write_file, make_photo) -> None:
    make_photo(tmp_path / "cup.jpg")
    make_photo(tmp_path / "photos" / "cup-back.png")
    make_photo(tmp_path / "tiny.png", size=(120, 90))
    path = write_file(
        "products.csv",
        [
            "SKU,Title,Feature_1,Feature_2,Feature_3,Audience,Keywords,Photo,Product_ID",
            'CUP-1,Ceramic Espresso Cup,"Holds 90 ml",Dishwasher safe,,Coffee lovers,espresso cup;gift=style,'
            "cup.jpg;photos/cup-back.png,4006381333931",
            "CUP-2,,Holds 90 ml,,,,,cup.jpg,",
            "CUP-1,Second cup,Holds 90 ml,,,,,cup.jpg,",
            "CUP-3,Cup three,,,,,,cup.jpg,",
            "CUP-4,Cup four,Holds 90 ml,,,,mug=fancy,missing.jpg,",
            "CUP-5,Cup five,Holds 90 ml,,,,,tiny.png,",
            "CUP/6,Cup six,Holds 90 ml,,,,,,",
        ],
    )

    catalogue = read(path)

    assert catalogue.kind is SourceKind.TEMPLATE
    [good] = catalogue.valid_items
    assert (good.row, good.sku, good.product_id) == (2, "CUP-1", "4006381333931")
    assert good.product is not None and good.product.features == ("Holds 90 ml", "Dishwasher safe")
    assert [k.keyword for k in good.product.keywords] == ["espresso cup", "gift"]
    assert good.photos == (str(tmp_path / "cup.jpg"), str(tmp_path / "photos" / "cup-back.png"))
    assert problems_by_row(catalogue) == {
        3: ["title: Title is required"],
        4: ["sku: SKU 'CUP-1' is also on row 2"],
        5: ["feature_1: At least one key feature is required"],
        6: [
            "keywords: Unknown intent 'fancy' for keyword 'mug': use durable, use case, style, solves a problem "
            "or compare",
            "photo: missing.jpg: not found",
        ],
        7: ["photo: tiny.png: is 120 x 90 px: too small. Use a photo at least 300 px on its shorter side"],
        8: [
            'sku: the SKU names the image files, so it cannot hold / \\ : * ? " < > | or controls',
            "photo: a photo is required",
        ],
    }


def test_semicolons_tabs_a_byte_order_mark_and_quoted_line_breaks_keep_row_numbers(tmp_path, write_file, make_photo):
    make_photo(tmp_path / "a.jpg")
    path = write_file(
        "products.tsv",
        [
            "\ufeffsku\ttitle\tfeature_1\tphoto",
            'A-1\t"Lamp with\na long name"\tWarm light\ta.jpg',
            "A-2\t\tWarm light\ta.jpg",
        ],
    )

    catalogue = read(path)

    assert [item.row for item in catalogue.items] == [2, 4]
    assert catalogue.items[0].title == "Lamp with a long name"
    assert problems_by_row(catalogue) == {4: ["title: Title is required"]}


def test_an_amazon_inventory_file_is_read_below_its_description_rows(tmp_path, write_file, make_photo) -> None:
    photos = tmp_path / "photos"
    make_photo(photos / "LAMP-01.PT01.jpg")
    make_photo(photos / "lamp-01.MAIN.jpg")
    make_photo(photos / "other.jpg")
    long_bullet = "DIMMABLE: three levels of warm light for reading, working and relaxing, " + "x" * 300
    path = write_file(
        "Flat.File.Lighting.txt",
        [
            "TemplateType=fptcustom\tVersion=2024.1\tThe top 3 rows are for Amazon use only",
            "Seller SKU\tProduct Name\tKey Product Features\tKey Product Features\tSearch Terms\tProduct ID",
            "item_sku\titem_name\tbullet_point1\tbullet_point2\tgeneric_keywords\texternal_product_id",
            f"LAMP-01\tDesk Lamp\t{long_bullet}\tUSB-C powered\tdesk lamp, reading light\t012345678905",
            "LAMP-02\tFloor Lamp\tTall\t\t\t",
        ],
    )

    catalogue = read(path, photos)

    assert catalogue.kind is SourceKind.AMAZON
    [lamp] = catalogue.valid_items
    assert lamp.product is not None
    assert lamp.product.features == ("DIMMABLE", "USB-C powered")
    assert [k.keyword for k in lamp.product.keywords] == ["desk lamp", "reading light"]
    assert lamp.product_id == "012345678905"
    assert [Path(p).name for p in lamp.photos] == ["lamp-01.MAIN.jpg", "LAMP-01.PT01.jpg"]
    assert problems_by_row(catalogue) == {5: ["photo: no photo named after 'LAMP-02' was found"]}


def test_a_shopify_export_gives_one_product_per_handle(tmp_path, write_file, make_photo) -> None:
    photos = tmp_path / "photos"
    make_photo(photos / "linen-apron_1.jpg")
    make_photo(photos / "linen-apron_2.jpg")
    path = write_file(
        "products_export.csv",
        [
            "Handle,Title,Body (HTML),Tags,Variant SKU,Variant Barcode",
            'linen-apron,Linen Apron,"<ul><li>100% linen</li><li>Two deep pockets</li></ul>","apron, kitchen, gift",,',
            "linen-apron,,,,APRON-M,",
            "wool-scarf,Wool Scarf,<p>Soft merino wool. Made in Scotland.</p>,,SCARF-1,",
        ],
    )

    catalogue = read(path, photos)

    assert catalogue.kind is SourceKind.SHOPIFY
    [apron] = catalogue.valid_items
    assert (apron.row, apron.sku) == (2, "linen-apron")
    assert apron.product is not None and apron.product.features == ("100% linen", "Two deep pockets")
    assert [Path(p).name for p in apron.photos] == ["linen-apron_1.jpg", "linen-apron_2.jpg"]
    [scarf] = catalogue.invalid_items
    assert (scarf.row, scarf.sku) == (4, "SCARF-1")
    assert scarf.product is not None and scarf.product.features == ("Soft merino wool.", "Made in Scotland.")
    assert [str(p) for p in scarf.problems] == ["photo: no photo named after 'wool-scarf' was found"]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([], "The file is empty."),
        (["name,price", "Cup,3"], "This is not a product file Listing Genie reads"),
        (["sku,title,photo", "A,Cup,a.jpg"], "The file has no feature_1 or feature_2 or feature_3 column"),
        (["sku,title,feature_1,photo"], "The file has a header but no product rows."),
    ],
)
def test_a_file_that_is_no_catalogue_is_refused_in_one_sentence(write_file, lines, message) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(")):
        read(write_file("products.csv", lines))


def test_the_templates_compared_with_columns_go_with_their_features(tmp_path, write_file, make_photo) -> None:
    make_photo(tmp_path / "cup.jpg")
    path = write_file(
        "products.csv",
        [
            "sku,title,feature_1,feature_2,compared_with_1,compared_with_2,photo",
            "CUP-1,Espresso cup,Thick porcelain,Dishwasher safe,,Hand-painted cups are not,cup.jpg",
            "CUP-2,Espresso cup,Thick porcelain,,,Tall mugs do not fit,cup.jpg",
        ],
    )
    catalogue = read(path)
    [good] = catalogue.valid_items
    assert good.product is not None and good.product.compared_with == ("", "Hand-painted cups are not")
    assert problems_by_row(catalogue) == {
        3: ["compared_with_2: Feature 2 is empty: say the feature before what the alternative lacks"]
    }
