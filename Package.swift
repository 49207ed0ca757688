// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones above it:
//   CGLPK, CGLPKShim  →  GLPKSolver  →  MIP API (MIP)
//   CFreeXL, CFreeXLGuard, ZIPFoundation  →  SheetFiles (.xlsx/.xls as sheets of typed cells)  →  TrainPlanCore
//   TrainPlanCore (instance, candidates, model builder, plan)  →  PlanCheck, Reports (+ CXLSXWriter)
//   →  TrainPlanWeb (Hummingbird, GRDB, Mustache, ZIPFoundation)  →  trainplan
let package = Package(
    name: "trainplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trainplan", targets: ["trainplan"]),
        .library(name: "TrainPlanCore", targets: ["TrainPlanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CFreeXL", providers: [.apt(["libfreexl-dev"])]),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"]),
        .target(name: "CFreeXLGuard"),
        .target(name: "MIP"),
        .target(name: "GLPKSolver", dependencies: ["MIP", "CGLPK", "CGLPKShim"]),
        .target(
            name: "SheetFiles",
            dependencies: ["CFreeXL", "CFreeXLGuard", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "TrainPlanCore",
            dependencies: [
                "MIP", "SheetFiles",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "PlanCheck", dependencies: ["TrainPlanCore"]),
        .target(name: "Reports", dependencies: ["TrainPlanCore", "CXLSXWriter"]),
        .target(
            name: "TrainPlanWeb",
            dependencies: [
                "TrainPlanCore", "PlanCheck", "Reports", "SheetFiles",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Templates"), .copy("Public")]
        ),
        .executableTarget(
            name: "trainplan",
            dependencies: [
                "TrainPlanCore", "PlanCheck", "Reports", "MIP", "GLPKSolver", "TrainPlanWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["TrainPlanCore", "PlanCheck", "MIP", "GLPKSolver"]),
        .testTarget(name: "MIPTests", dependencies: ["MIP", "GLPKSolver"]),
        .testTarget(
            name: "InstanceTests",
            dependencies: [
                "TrainPlanCore", "TestSupport", "SheetFiles",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SolveTests", dependencies: ["TrainPlanCore", "PlanCheck", "TestSupport", "GLPKSolver", "MIP"]),
        .testTarget(name: "CLITests", dependencies: ["trainplan", "TestSupport", "TrainPlanCore"]),
        .testTarget(name: "CheckTests", dependencies: ["TrainPlanCore", "PlanCheck"]),
        .testTarget(
            name: "ReportTests",
            dependencies: [
                "Reports", "TrainPlanCore", "TestSupport", "SheetFiles",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "WhatIfTests", dependencies: ["TrainPlanCore", "Reports", "PlanCheck", "TestSupport"]),
        .testTarget(name: "CFLPTests", dependencies: ["TrainPlanCore", "PlanCheck", "TestSupport"]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "TrainPlanWeb", "trainplan", "TestSupport", "PlanCheck", "TrainPlanCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "GreedyTests", dependencies: ["TrainPlanCore", "PlanCheck", "TestSupport"]),
    ]
)
