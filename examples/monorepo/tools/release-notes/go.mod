module github.com/juniper-outfitters/shop/tools/release-notes

go 1.22
